#!/usr/bin/env bash
# From a fresh Debian 12 machine (as root, with a Rust toolchain) to anvilos-alpha.iso:
# host packages, the forged inputs (cached by recipe hash), then the assembly — which itself
# needs no root, no loop device and no kernel module. Extra arguments go to anvil-assemble,
# e.g. `--append anvil.poweroff`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-host.sh
bash vendor/install-build-deps.sh
bash vendor/forge all
cargo build --release
target/release/anvil-assemble --out anvilos-alpha.iso "$@"
