#!/usr/bin/env bash
# Forge step: static (glibc) zpool, zfs and mount.zfs from the OpenZFS 2.3.2 orig tarball of
# Debian's zfs-linux source package. Called by vendor/forge with DL (verified downloads), WORK
# (scratch), STAGE (output: bin/{zpool,zfs,mount.zfs}), JOBS and VENDOR set.
set -euo pipefail

SRC="$WORK/zfs-2.3.2"
TOOLS=(zpool zfs mount.zfs)

die() { echo "zfs: error: $*" >&2; exit 1; }
step() { echo "zfs: $* ($(date +%T))"; }

unpack() {
  step "unpacking zfs-linux_2.3.2.orig.tar.gz"
  tar -C "$WORK" -xzf "$DL/zfs-linux_2.3.2.orig.tar.gz"
  [ -x "$SRC/configure" ] || die "the orig tarball did not unpack to $SRC"
}

# A pkg-config that asks for static flags and hides libudev: Debian ships no libudev.a, and
# with it visible configure fails ("library udev is not usable"). Cost: no udev-based
# vdev auto-online; `zpool import -d` works without it.
pkg_config_wrapper() {
  mkdir -p "$WORK/bin"
  cat >"$WORK/bin/pkg-config" <<'WRAP'
#!/bin/sh
case " $* " in *udev*) exit 1 ;; esac
exec /usr/bin/pkg-config --static "$@"
WRAP
  chmod 755 "$WORK/bin/pkg-config"
}

configure_zfs() {
  step "configure --with-config=user (static)"
  (cd "$SRC" && ./configure -q --with-config=user --enable-static --disable-shared \
    --disable-pyzfs --disable-sysvinit --disable-systemd --prefix=/usr --sysconfdir=/etc \
    --localstatedir=/var PKG_CONFIG="$WORK/bin/pkg-config" LDFLAGS=-static) ||
    die "configure failed (see $SRC/config.log)"
}

build() {
  local t
  # libtool drops -static for system libraries; -all-static at make time links everything.
  step "make -j$JOBS ${TOOLS[*]}"
  make -s -C "$SRC" -j"$JOBS" LDFLAGS=-all-static "${TOOLS[@]}" 2>&1 |
    grep -vE 'requires at runtime|^/usr/bin/ld: .*: in function' || true
  mkdir -p "$STAGE/bin"
  for t in "${TOOLS[@]}"; do
    [ -x "$SRC/$t" ] || die "make did not produce $t"
    file "$SRC/$t" | grep -q 'statically linked' || die "$t is not statically linked"
    strip -o "$STAGE/bin/$t" "$SRC/$t"
    step "bin/$t: $(stat -c %s "$STAGE/bin/$t") bytes"
  done
}

main() {
  unpack
  pkg_config_wrapper
  configure_zfs
  build
}

main "$@"
