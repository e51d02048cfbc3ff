#!/bin/sh
# Regenerates the OpenZFS reference znodes in this folder (tests/it/zpl/*.rs read them).
#
# Source: the pool /work/shared/reference/minimal-lz4/vdev.img.xz, written by OpenZFS 2.3.2 on
# Linux (pool `anvil_pool`, ZPL dataset `anvil_pool/ROOT`, dnodesize 512). Needs xz and zdb
# from zfsutils-linux 2.3.2; runs unprivileged (zdb -e reads the image file, no /dev/zfs).
#
# Files written:
#   dnode-N.bin  the 512-byte dnode_phys_t of object N, cut from the meta-dnode's L0 block:
#                object N is slot N%32 (512 bytes each) of 16 KiB block N/32. The block is
#                read decompressed with `zdb -R anvil_pool 0:<dva offset>:<lsize>/<psize>:dr`,
#                its DVA taken from `zdb -dddddd anvil_pool/ROOT 0` (object 0's L0 lines).
#                The SA bonus sits at byte 64 + 128 * dn_nblkptr, dn_bonuslen bytes long.
#   zdb-N.txt    `zdb -e -p DIR -dddddd anvil_pool/ROOT N`, verbatim: mode, size, links,
#                parent, gen, pflags, rdev, symlink target; for ZAPs the decoded entries (also
#                dumped alone: 1 master node, 32 SA master node, 35 REGISTRY, 36 LAYOUTS).
#   spill-8.bin  the spill block of object 8 (/longlink, 300-byte target), read raw
#                (`zdb -R anvil_pool 0:<dva offset>:<psize>:r`; lsize == psize == 512) from
#                the DVA on zdb-8.txt's "Spill block:" line.
#   mzap-N.bin   the micro-ZAP block of object N (512 bytes, stored uncompressed), read the
#                same way from zdb-N.txt's L0 line: 1 master node, 32 SA master node, 4 and 34
#                directories (/dev, /). Chunk order is the order OpenZFS added the entries;
#                directory values are ZFS_DIRENT_MAKE words.
set -eu
REF=${1:-/work/shared/reference/minimal-lz4}
OUT=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
xz -dc "$REF/vdev.img.xz" > "$TMP/vdev.img"
ZDB="zdb -e -p $TMP"
DS=anvil_pool/ROOT

# Meta-dnode L0 blocks: "<hex logical offset> L0 0:<dva offset>:<asize> ... <lsize>L/<psize>P"
$ZDB -dddddd $DS 0 | awk '$2 == "L0" {
	for (i = 3; i <= NF; i++) if ($i ~ /^[0-9a-f]+L\/[0-9a-f]+P$/) sz = $i
	split($3, dva, ":"); split(sz, s, /[LP\/]+/)
	print $1, dva[2], s[1], s[2]
}' > "$TMP/meta.txt"

# dnode <object>: dnode-N.bin and zdb-N.txt
dnode() {
	blk=$(($1 / 32))
	line=$(awk -v want="$(printf '%x' $((blk * 16384)))" '$1 == want' "$TMP/meta.txt")
	set -- "$1" $line
	$ZDB -R anvil_pool "0:$3:$4/$5:dr" > "$TMP/blk.bin"
	dd if="$TMP/blk.bin" of="$OUT/dnode-$1.bin" bs=512 skip=$(($1 % 32)) count=1 2>/dev/null
	$ZDB -dddddd $DS "$1" > "$OUT/zdb-$1.txt"
}

for obj in 2 3 4 5 6 7 8 34 3016 3017 3018; do dnode $obj; done
$ZDB -dddddd $DS 1 > "$OUT/zdb-1.txt"    # master node: VERSION, SA_ATTRS, ROOT, ...
$ZDB -dddddd $DS 32 > "$OUT/zdb-32.txt"  # SA master node: REGISTRY, LAYOUTS
$ZDB -dddddd $DS 35 > "$OUT/zdb-35.txt"  # SA registry (micro ZAP)
$ZDB -dddddd $DS 36 > "$OUT/zdb-36.txt"  # SA layouts (fat ZAP)

# raw <out> <zdb.txt> <pattern>: the block of the first DVA on the line matching pattern,
# which must be stored uncompressed (lsize == psize)
raw() {
	set -- "$1" $(awk -v p="$3" '$0 ~ p { for (i = 1; i <= NF; i++) {
		if ($i ~ /^0:[0-9a-f]+:/ && !dva) { split($i, d, ":"); dva = d[2] }
		if ($i ~ /^[0-9a-f]+L\/[0-9a-f]+P$/) { split($i, s, /[LP\/]+/); print dva, s[1], s[2]; exit }
	} }' "$2")
	[ "$3" = "$4" ] || { echo "$1: compressed ($3L/$4P)" >&2; exit 1; }
	$ZDB -R anvil_pool "0:$2:$4:r" > "$1"
}
raw "$OUT/spill-8.bin" "$OUT/zdb-8.txt" "^Spill block:"
for obj in 1 32 4 34; do raw "$OUT/mzap-$obj.bin" "$OUT/zdb-$obj.txt" " L0 "; done
