#!/usr/bin/env bash
# Extracts known-answer vectors from the pool OpenZFS 2.3.2 wrote in
# ../shared/reference/minimal-lz4 (see its README.md):
#   reference-ub23.bin  label 0, uberblock slot 23 (txg 23 = the active uberblock), 4 KiB at
#                       128 KiB + 23 × 4 KiB
#   reference-mos.bin   the MOS objset block the uberblock points at: DVA 0:2f7000:1000, i.e.
#                       vdev offset 4 MiB + 0x2f7000, 4 KiB (uberblock.txt)
set -euo pipefail
ref=${1:-/work/shared/reference/minimal-lz4}
here=$(cd "$(dirname "$0")" && pwd)
img=$(mktemp)
trap 'rm -f "$img"' EXIT
xz -dc "$ref/vdev.img.xz" >"$img"
dd if="$img" of="$here/reference-ub23.bin" bs=4096 skip=$(((131072 + 23 * 4096) / 4096)) count=1 status=none
dd if="$img" of="$here/reference-mos.bin" bs=4096 skip=$(((4194304 + 0x2f7000) / 4096)) count=1 status=none
