#!/bin/sh
# Regenerates reference-mos-config.nvlist: the MOS `config` object (object 61, type
# DMU_OT_PACKED_NVLIST) of the same OpenZFS 2.3.2 vdev as regen-label-nvlist.sh. Its only
# block is L0 DVA 0:2f5000, 16K logical / 4K lz4 physical (`zdb -dddd` of the MOS); zdb -R
# decompresses it. The packed nvlist is 1180 bytes (the bonus "packed nvlist size"), then
# zeros to the 16 KiB SPA_CONFIG_BLOCKSIZE. Needs xz-utils and zfsutils-linux (zdb).
# Usage: regen-mos-config-nvlist.sh [path/to/minimal-lz4/vdev.img.xz]
set -eu
img=${1:-/work/shared/reference/minimal-lz4/vdev.img.xz}
out=$(dirname "$0")/reference-mos-config.nvlist
len=1180
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
xz -dc "$img" >"$dir/vdev.img"
zdb -e -p "$dir" -R anvil_pool 0:2f5000:4000/1000:dr >"$dir/block" 2>/dev/null
head -c "$len" "$dir/block" >"$out"
nonzero=$(tail -c +"$((len + 1))" "$dir/block" | tr -d '\000' | wc -c)
[ "$nonzero" -eq 0 ] || { echo "bytes after $len are not zero: length is wrong" >&2; exit 1; }
sha256sum "$out"
