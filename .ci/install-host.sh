#!/usr/bin/env bash
# Installs the host packages the test oracles need (Debian 12, as root). Idempotent and quick
# when everything is present: apt runs only if a package is missing.
set -euo pipefail

BPO_PKGS=(zfsutils-linux zfs-dkms linux-image-amd64 linux-headers-amd64 qemu-system-x86)
PKGS=(busybox-static cpio xorriso genisoimage isolinux syslinux-common systemd-boot-efi ovmf mtools dosfstools
  gdisk time util-linux xz-utils zstd gzip coreutils
  tar libarchive-tools python3 attr acl libcap2-bin mmdebstrap uidmap procps findutils)

sources() {
  local f=/etc/apt/sources.list.d/anvil-bpo.sources
  [ -f "$f" ] && return 0
  cat >"$f" <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates bookworm-backports
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt-get update -qq
}

missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"
  done
}

main() {
  if [ -z "$(missing "${BPO_PKGS[@]}" "${PKGS[@]}")" ]; then
    echo "host packages: all present"
    return 0
  fi
  sources
  # zfs-dkms asks about its licence through debconf; answer non-interactively.
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends -t bookworm-backports "${BPO_PKGS[@]}"
  apt-get install -y -q --no-install-recommends "${PKGS[@]}"
}

main "$@"
