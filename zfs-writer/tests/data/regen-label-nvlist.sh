#!/bin/sh
# Regenerates reference-label0.nvlist: the packed XDR nvlist in label 0 of a vdev written by
# OpenZFS 2.3.2 (`zpool create` + export; its `zdb -l` is in labels.txt beside the image).
# vl_vdev_phys starts at byte 16384 of the label (after vl_pad1 8K + vl_be 8K) and is 112 KiB;
# the nvlist is 908 bytes (nvlist_size(): found by walking the pairs), then zeros up to the
# 40-byte zio_eck_t at the end. Needs xz-utils.
# Usage: regen-label-nvlist.sh [path/to/minimal-lz4/vdev.img.xz]
set -eu
img=${1:-/work/shared/reference/minimal-lz4/vdev.img.xz}
out=$(dirname "$0")/reference-label0.nvlist
len=908
phys=$(mktemp)
trap 'rm -f "$phys"' EXIT
xz -dc "$img" | head -c 131072 | tail -c +16385 >"$phys"
head -c "$len" "$phys" >"$out"
# Everything between the nvlist and the zio_eck_t must be zero, or len is wrong.
nonzero=$(tail -c +"$((len + 1))" "$phys" | head -c "$((114688 - 40 - len))" | tr -d '\000' | wc -c)
[ "$nonzero" -eq 0 ] || { echo "bytes after $len are not zero: length is wrong" >&2; exit 1; }
sha256sum "$out"
