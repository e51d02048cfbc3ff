#!/usr/bin/env bash
# Regenerates the DSL bonus buffers (and one snapshot-names micro ZAP) that OpenZFS 2.3.2 wrote
# in /work/shared/reference/minimal-lz4 (its mos-objects.txt.xz is the `zdb -dddddd` of the MOS).
# Object 0 (the MOS meta-dnode) lists its L0 blocks there; each is 16 KiB of 512-byte dnodes,
# lz4-compressed to 4 KiB: objects 0..31 at DVA 0:2c000, 32..63 at 0:2f6000, 64..95 at 0:2fb000.
# `zdb -R POOL 0:OFFSET:LSIZE/PSIZE:dr` prints one block decompressed (d) and raw (r).
# Object N is slot N%32 of its block; its bonus starts at byte 64 + 128 * dn_nblkptr of the
# slot and is dn_bonuslen long (dn_nblkptr = byte 3, dn_bonuslen = bytes 10-11 of the slot).
# Needs xz-utils and zdb (zfsutils-linux 2.3.2). Usage: regen.sh [path/to/minimal-lz4]
set -euo pipefail
ref=${1:-/work/shared/reference/minimal-lz4}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xz -dc "$ref/vdev.img.xz" >"$tmp/vdev.img"
zdb -e -p "$tmp" -R anvil_pool 0:2f6000:4000/1000:dr >"$tmp/dnodes-32.bin" 2>/dev/null
[ "$(stat -c %s "$tmp/dnodes-32.bin")" -eq 16384 ] || { echo "zdb -R failed" >&2; exit 1; }
zdb -e -p "$tmp" -R anvil_pool 0:2c000:4000/1000:dr >"$tmp/dnodes-0.bin" 2>/dev/null
zdb -e -p "$tmp" -R anvil_pool 0:2fb000:4000/1000:dr >"$tmp/dnodes-64.bin" 2>/dev/null
cat "$tmp/dnodes-0.bin" "$tmp/dnodes-32.bin" "$tmp/dnodes-64.bin" >"$tmp/dnodes.bin"
# mos-dnodes.txt: "object dn_type dn_bonustype dn_bonuslen dn_datablkszsec" of every allocated
# MOS object (dn_type != 0) but object 0, read from the three dnode blocks.
for obj in $(seq 1 95); do
	read -r -a b <<<"$(od -An -tu1 -v -j $((obj * 512)) -N 12 "$tmp/dnodes.bin")"
	[ "${b[0]}" -ne 0 ] || continue
	echo "$obj ${b[0]} ${b[4]} $((b[10] + 256 * b[11])) $((b[8] + 256 * b[9]))"
done >"$here/mos-dnodes.txt"
# bonus NAME OBJECT NBLKPTR LEN: cut object OBJECT's bonus out of the block of objects 32..63.
bonus() {
	local skip=$((($2 - 32) * 512 + 64 + 128 * $3))
	dd if="$tmp/dnodes-32.bin" of="$here/$1" bs=1 skip="$skip" count="$4" status=none
}
bonus dsl_dir-32.bin 32 1 256      # root DSL dir (anvil_pool): used breakdown, origin 48
bonus dsl_dir-42.bin 42 1 256      # $ORIGIN: dd_clones 59
bonus dsl_dataset-48.bin 48 1 320  # $ORIGIN@$ORIGIN: num_children 3, next_clones 58
bonus dsl_dataset-54.bin 54 1 320  # anvil_pool's head dataset: a clone with an objset bp
bonus bpobj-62.bin 62 3 48         # sync_bplist: 5 deferred frees
bonus deadlist-56.bin 56 1 320     # anvil_pool's deadlist header
# Object 46: the snapshot names of $ORIGIN's head, a micro ZAP at DVA 0:2b000 (512 bytes)
# created with normflags U8_TEXTPREP_TOUPPER.
zdb -e -p "$tmp" -R anvil_pool 0:2b000:200:r >"$here/snapnames-46.bin" 2>/dev/null
# The zdb text of each object, from the MOS section of mos-objects.txt.xz (which ends at the
# first "Dataset" line after "Dataset mos"): the header line through the line before the next.
xz -dc "$ref/mos-objects.txt.xz" >"$tmp/mos.txt"
for obj in 32 42 46 48 54 56 62; do
	awk -v obj="$obj" '
		/^Dataset / { if (mos) exit; if ($2 == "mos") mos = 1; next }
		/^ +Object +lvl/ { hdr = $0; getline; keep = mos && $1 == obj; if (keep) print hdr; }
		keep { print }' "$tmp/mos.txt" >"$here/zdb-$obj.txt"
	[ -s "$here/zdb-$obj.txt" ] || { echo "object $obj not in the MOS dump" >&2; exit 1; }
done
sha256sum "$here"/*.bin "$here"/*.txt
