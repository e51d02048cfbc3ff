#!/usr/bin/env bash
# Extracts libzpool-bps.bin: three embedded block pointers that OpenZFS 2.3.2 itself wrote
# (zio.c `zio_write_compress` running in libzpool), 128 bytes each, MOS objects 41, 42, 43.
#
# Usage: regen.sh POOL.img — a pool `anvil_pool` at ashift 12 that zfs-writer wrote with
# `embedded_data` on and `com.delphix:embedded_data` enabled in its feature ZAPs (the first
# one was the source tree of this repository). Salts, GUIDs and times differ on every run, so
# a new file differs too: check the zdb lines this prints against the test's `ZDB` table.
#  1. zhack imports the pool read-write and enables a made-up feature: the sync rewrites the
#     first metaslab's space map and creates the vdev ZAPs, and zio.c embeds what fits.
#     libzpool's `pool_active` needs /dev/zfs to open (any file), so zhack runs in a mount
#     namespace of its own whose /dev holds an empty file by that name.
#  2. zdb -R decompresses MOS dnode block 1 (objects 32–63), its DVA taken from zdb -dddddd.
#  3. Each pointer is at (id − 32) × 512 + 64 in that block.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$1" "$work/pool.img"
mkdir "$work/dev" && touch "$work/dev/zfs" && cp -a /dev/null /dev/zero /dev/random /dev/urandom "$work/dev/"
unshare -m sh -c "mount --bind '$work/dev' /dev && zhack -d '$work' feature enable anvil_pool com.example:kat"
zdb -e -p "$work" -dddddd anvil_pool >"$work/mos.txt"
at=$(awk '/DMU dnode/ { on = 1 } on && $1 == "4000" && $2 == "L0" { split($3, d, ":"); print d[1] ":" d[2]; exit }' "$work/mos.txt")
zdb -e -p "$work" -R anvil_pool "$at:4000/1000:dr" >"$work/dnodes.bin"
: >"$here/libzpool-bps.bin"
for id in 41 42 43; do
    dd if="$work/dnodes.bin" bs=64 skip=$(((id - 32) * 8 + 1)) count=2 status=none >>"$here/libzpool-bps.bin"
    awk -v id="$id" '$1 == id { on = 1 } on && /EMBEDDED/ { print id ": " $0; exit }' "$work/mos.txt"
done
