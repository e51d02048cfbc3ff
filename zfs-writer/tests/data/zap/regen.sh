#!/bin/sh
# Regenerates the OpenZFS reference ZAP blocks in this folder (tests/it/zap/reference.rs reads them).
#
# Source: the pool /work/shared/reference/minimal-lz4/vdev.img.xz, written by OpenZFS 2.3.2
# (pool `anvil_pool`; ZPL dataset `anvil_pool/ROOT`). Needs xz and zdb from zfsutils-linux 2.3.2;
# runs unprivileged (zdb -e reads the image file, no /dev/zfs).
#
# For each object below, one folder `<dataset>-<object>-<what>/` holds:
#   zdb.txt  `zdb -e -p DIR -dddddd <dataset> <object>`, verbatim: the block pointers, the ZAP
#            stats and every entry as zdb decodes it (the test's expected names and values).
#   NN.lz4   data block NN exactly as on disk (`zdb -R <pool> 0:<dva offset>:<psize>:r`, psize
#            bytes): lz4 with the ZFS framing (4-byte big-endian length, then an lz4 block).
#   NN.raw   the same for a block stored uncompressed (lsize == psize).
set -eu
REF=${1:-/work/shared/reference/minimal-lz4}
OUT=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
xz -dc "$REF/vdev.img.xz" > "$TMP/vdev.img"

# grab <folder> <dataset> <object>
grab() {
	dir="$OUT/$1"
	rm -rf "$dir"
	mkdir -p "$dir"
	zdb -e -p "$TMP" -dddddd "$2" "$3" > "$dir/zdb.txt"
	# L0 lines: "<logical offset> L0 0:<dva offset>:<asize> ... <lsize>L/<psize>P ..." (hex)
	awk '$2 == "L0" {
		for (i = 3; i <= NF; i++) if ($i ~ /^[0-9a-f]+L\/[0-9a-f]+P$/) sz = $i
		split($3, dva, ":"); split(sz, s, /[LP\/]+/)
		print $1, dva[2], s[1], s[2]
	}' "$dir/zdb.txt" | while read -r off dva lsize psize; do
		blk=$(printf '%02d' $((0x$off / 0x$lsize)))
		ext=lz4
		[ "$lsize" = "$psize" ] && ext=raw
		zdb -e -p "$TMP" -R anvil_pool "0:$dva:$psize:r" > "$dir/$blk.$ext"
	done
}

grab root-10-big anvil_pool/ROOT 10           # /big: 3000 entries, fat ZAP, 16 leaves
grab root-36-sa-layouts anvil_pool/ROOT 36    # SA layouts: fat ZAP, uint16 arrays
grab root-34-rootdir anvil_pool/ROOT 34       # /: micro ZAP, 7 directory entries
grab root-35-sa-registry anvil_pool/ROOT 35   # SA registry: micro ZAP in a 1536-byte block
grab mos-1-objdir anvil_pool 1                # MOS object directory: fat, uint64 + byte array
grab mos-33-props anvil_pool 33               # DSL props: fat, a string value
