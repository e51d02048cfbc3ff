#!/usr/bin/env bash
# OpenZFS 2.1.11 as Debian 12 ships it (zfs-linux 2.1.11-1+deb12u1, debian/patches applied) for
# Debian 12's stock 6.1 kernel: a test oracle for zfs21_guest() (tests/it/kit/zfs21.rs), not an
# assembly input. As root, after .ci/install-host.sh and vendor/install-build-deps.sh:
#   bash tests/kit-zfs21/build.sh [--where]   build or reuse the cache entry / print its path
# Entry ${ANVIL_ZFS21_CACHE:-/var/cache/anvil-zfs21}/<sha256 of this file>/: boot/vmlinuz-$ABI,
# lib/modules/$ABI (the package's tree, the 2.1.11 modules in extra/, depmod -b), sbin/{zpool,
# zfs,zdb} linked statically (no libzfs .so for ldd to find). Packages are unpacked, never
# installed: the host's /boot, /lib/modules and DKMS stay untouched.
set -euo pipefail

ABI=6.1.0-50-amd64 KVER=6.1.176-1 ZVER=2.1.11-1+deb12u1
PINS="7b5597492a0a65aee61985a492e6bcc3f2cde830072a0e3b3d8c7e1b90279bd3  linux-image-${ABI}_${KVER}_amd64.deb
91a7929ce639f4199e9ff7f929236cdfdcb5511dba613af5094369e95ca241da  linux-headers-${ABI}_${KVER}_amd64.deb
7f6f7bee50efbc36dc02c976be5982b96cf36abe544f03f09368e98cfcc5ac3b  linux-headers-6.1.0-50-common_${KVER}_all.deb
667d2e1e94047031c3bcefa4bb67c2520bbc3cc1cce0aa592e67b108dbbead03  linux-kbuild-6.1_${KVER}_amd64.deb
0709c2160cc8a428c55657251eb345aade4496596eefcdb8c5e66716319db3bb  zfs-linux_$ZVER.dsc
a54fe4e854d0a207584f1799a80e165eae66bc30dc8e8c96a1f99ed9d4d8ceb2  zfs-linux_2.1.11.orig.tar.gz
902a7900e6ede3b262838e022c507b51a6b20d815b2c39a35626ecd98ae7d6db  zfs-linux_$ZVER.debian.tar.xz"
CACHE=${ANVIL_ZFS21_CACHE:-/var/cache/anvil-zfs21}
ENTRY=$CACHE/$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)
DL=$CACHE/downloads JOBS=${ANVIL_ZFS21_JOBS:-2}

die() { echo "kit-zfs21: error: $*" >&2; exit 1; }
step() { echo "kit-zfs21: $* ($(date +%T))"; }
quiet() { "$@" >"$W/log" 2>&1 || { tail -40 "$W/log"; die "failed: $* (scratch: $W)"; }; }

fetch() { # the pinned files from the Debian mirror into $DL, then every SHA-256 checked
  mkdir -p "$DL" && chmod 755 "$DL" && cd "$DL"
  if ! sha256sum --quiet --strict -c <<<"$PINS" >/dev/null 2>&1; then
    step "downloading the kernel $KVER packages and the zfs-linux $ZVER source"
    apt-get download -q "linux-image-$ABI=$KVER" "linux-headers-$ABI=$KVER" \
      "linux-headers-${ABI%-amd64}-common=$KVER" "linux-kbuild-6.1=$KVER" 2>&1 |
      grep -v '^W:' || true
    apt-get source -q --download-only "zfs-linux=$ZVER" 2>&1 | grep -v '^W:' || true
  fi
  sha256sum --quiet --strict -c <<<"$PINS" || die "a download does not match its pin in $0"
}

unpack() { # kernel image, modules, headers and kbuild into $R; the patched source into $W/src
  local deb
  for deb in "$DL"/linux-*_"$KVER"_*.deb; do dpkg-deb -x "$deb" "$R"; done
  # The -amd64 headers include the -common ones by absolute path; point it into $R.
  sed -i "s|^include /usr/src/|include $R/usr/src/|" "$R/usr/src/linux-headers-$ABI/Makefile"
  quiet dpkg-source -x "$DL/zfs-linux_$ZVER.dsc" "$W/src" # applies debian/patches
  step "autoreconf (the Debian patches change config/*.m4)"
  (cd "$W/src" && quiet autoreconf -fi)
  cp -a "$W/src" "$W/user"
  mkdir -p "$S/boot" "$S/sbin" "$S/lib/modules"
  mv "$R/boot/vmlinuz-$ABI" "$S/boot/" && mv "$R/lib/modules/$ABI" "$S/lib/modules/"
  rm -f "$S/lib/modules/$ABI/build" "$S/lib/modules/$ABI/source" # links to /usr/src
}

modules() { # spl, zfs and their companions, built against the 6.1 headers
  local hdr=$R/usr/src/linux-headers extra=$S/lib/modules/$ABI/extra
  step "configure --with-config=kernel (Linux $ABI)"
  (cd "$W/src" && quiet ./configure --with-config=kernel \
    --with-linux="$hdr-${ABI%-amd64}-common" --with-linux-obj="$hdr-$ABI")
  step "make -j$JOBS -C module"
  quiet make -j"$JOBS" -C "$W/src/module"
  mkdir -p "$extra" && find "$W/src/module" -name '*.ko' -exec cp {} "$extra/" \;
  strip --strip-debug "$extra"/*.ko # zfs.ko: 64 MB with its debug info, 6 MB without
  depmod -b "$S" "$ABI"
  grep -q '^extra/zfs.ko:' "$S/lib/modules/$ABI/modules.dep" || die "depmod missed extra/zfs.ko"
}

# Static glibc zpool, zfs, zdb. Debian ships no libudev.a: the pkg-config wrapper hides udev,
# and since 2.1's configure keeps -ludev after its link test fails, make gets LIBUDEV_LIBS=.
userland() {
  local t && mkdir -p "$W/bin"
  printf '#!/bin/sh\ncase " $* " in *udev*) exit 1 ;; esac\nexec %s --static "$@"\n' \
    /usr/bin/pkg-config >"$W/bin/pkg-config" && chmod 755 "$W/bin/pkg-config"
  step "configure --with-config=user (static)"
  (cd "$W/user" && quiet ./configure --with-config=user --enable-static --disable-shared \
    --disable-pyzfs --prefix=/usr --sysconfdir=/etc --localstatedir=/var LDFLAGS=-static \
    PKG_CONFIG="$W/bin/pkg-config")
  step "make -j$JOBS -C lib, then zpool zfs zdb"
  quiet make -j"$JOBS" -C "$W/user/lib" LIBUDEV_LIBS=
  for t in zpool zfs zdb; do # libtool drops -static for system libraries; -all-static does not
    quiet make -j"$JOBS" -C "$W/user/cmd/$t" LDFLAGS=-all-static LIBUDEV_LIBS=
    file "$W/user/cmd/$t/$t" | grep -q 'statically linked' || die "$t is not static"
    strip -o "$S/sbin/$t" "$W/user/cmd/$t/$t"
  done
}

main() {
  if [ "${1:-}" = --where ]; then echo "$ENTRY"; exit 0; fi
  [ $# = 0 ] || die "usage: bash $0 [--where]"
  [ -f "$ENTRY/.complete" ] && { echo "kit-zfs21: cached in $ENTRY"; exit 0; }
  [ "$(id -u)" = 0 ] || die "run as root (apt-get download, the cache in $CACHE)"
  command -v dpkg-source autoreconf depmod >/dev/null || die "run vendor/install-build-deps.sh"
  local start=$SECONDS; fetch
  rm -rf "$CACHE"/work.* # scratch trees a failed run left
  W=$(mktemp -d "$CACHE/work.XXXXXX") R=$W/root S=$W/stage
  unpack; modules; userland # `;` not `&&`: errexit is off inside functions of an && list
  touch "$S/.complete" && rm -rf "$ENTRY" && mv "$S" "$ENTRY" && rm -rf "$W"
  step "built in $((SECONDS - start)) s: $ENTRY"
}

main "$@"
