#!/usr/bin/env bash
# Installs what the forge (vendor/forge) needs to build the kernel, busybox and the static ZFS
# tools from Debian's source packages (Debian 12, as root), and adds the deb-src entries that
# `apt-get source` needs. Idempotent and quick when everything is present.
set -euo pipefail

SRC_LIST=/etc/apt/sources.list.d/anvil-src.sources
# libudev-dev must match the libudev1 from bookworm-backports that systemd/zfs pull in.
BPO_PKGS=(libudev-dev)
PKGS=(build-essential dpkg-dev flex bison bc libelf-dev libssl-dev libblkid-dev uuid-dev
  zlib1g-dev libtirpc-dev libaio-dev autoconf automake libtool pkg-config python3 cpio xz-utils
  kmod file)

die() { echo "install-build-deps: $*" >&2; exit 1; }

add_deb_src() {
  if [ -f "$SRC_LIST" ]; then
    return 1
  fi
  cat >"$SRC_LIST" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates bookworm-backports
Components: main contrib

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
SRC
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  sed -i "s|^Components: .*|&\nSigned-By: $keyring|" "$SRC_LIST"
}

missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"
  done
}

bpo_enabled() {
  grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ ||
    die "bookworm-backports is not in apt's sources; run .ci/install-host.sh first"
}

main() {
  [ "$(id -u)" = 0 ] || die "must run as root (it installs packages)"
  bpo_enabled
  local updated=0
  if add_deb_src; then
    apt-get update -qq
    updated=1
  fi
  local need
  need="$(missing "${BPO_PKGS[@]}" "${PKGS[@]}")"
  if [ -z "$need" ]; then
    echo "forge build deps: all present"
    return 0
  fi
  [ "$updated" = 1 ] || apt-get update -qq
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends -t bookworm-backports "${BPO_PKGS[@]}"
  apt-get install -y -q --no-install-recommends "${PKGS[@]}"
}

main "$@"
