#!/usr/bin/env bash
# Forge step: Debian's linux-source-6.12 with OpenZFS 2.3.2 (Debian's DKMS tree) built in,
# from `make tinyconfig` + vendor/kernel/anvil.config. Called by vendor/forge with DL (verified
# downloads), WORK (scratch), STAGE (output: bzImage), JOBS and VENDOR set.
set -euo pipefail

LINUX=linux-source-6.12
ZFS=zfs-2.3.2
FRAGMENT="$VENDOR/kernel/anvil.config"
K="$WORK/$LINUX"
export KBUILD_BUILD_USER=anvil KBUILD_BUILD_HOST=anvil
export KBUILD_BUILD_TIMESTAMP="1970-01-01 00:00:00 UTC"

die() { echo "kernel: error: $*" >&2; exit 1; }
step() { echo "kernel: $* ($(date +%T))"; }

unpack() {
  step "unpacking $LINUX and $ZFS"
  dpkg-deb -x "$DL"/linux-source-6.12_*_all.deb "$WORK/deb"
  dpkg-deb -x "$DL"/zfs-dkms_*_all.deb "$WORK/deb"
  tar -C "$WORK" -xJf "$WORK/deb/usr/src/$LINUX.tar.xz"
  [ -d "$K" ] || die "$LINUX.tar.xz did not unpack to $K"
  [ -f "$WORK/deb/usr/src/$ZFS/include/zfs_gitrev.h" ] || die "zfs-dkms has no $ZFS tree"
  cp -a "$WORK/deb/usr/src/$ZFS" "$WORK/$ZFS"
}

# verify_config SKIP: every fragment line (but symbol SKIP) must be what .config says.
verify_config() {
  local skip="$1" line sym bad=0
  while IFS= read -r line; do
    case "$line" in
      CONFIG_*=*)
        sym="${line%%=*}"
        [ "$sym" != "$skip" ] || continue
        grep -qxF "$line" "$K/.config" && continue ;;
      "# CONFIG_"*" is not set")
        sym="${line#\# }"
        sym="${sym%% *}"
        grep -q "^$sym=" "$K/.config" || continue ;;
      *) continue ;;
    esac
    echo "  wanted '$line', got: $(grep -E "^(# )?$sym[= ]" "$K/.config" || echo unset)" >&2
    bad=1
  done <"$FRAGMENT"
  [ "$bad" = 0 ] || die "fragment lines above did not take effect; fix vendor/kernel/anvil.config"
}

configure_kernel() { # configure_kernel SKIP
  step "make tinyconfig + anvil.config"
  (cd "$K" && make -s tinyconfig >/dev/null &&
    scripts/kconfig/merge_config.sh -m .config "$FRAGMENT" >/dev/null &&
    make -s olddefconfig)
  verify_config "$1"
}

builtin_zfs() {
  step "make prepare"
  make -C "$K" -s -j"$JOBS" prepare
  step "OpenZFS configure --enable-linux-builtin"
  (cd "$WORK/$ZFS" && ./configure -q --with-config=kernel --enable-linux-builtin \
    --with-linux="$K" --with-linux-obj="$K") ||
    die "OpenZFS configure failed (see $WORK/$ZFS/config.log)"
  step "copy-builtin"
  (cd "$WORK/$ZFS" && ./copy-builtin "$K" >/dev/null)
  # copy-builtin's `make clean` deletes zfs_gitrev.h and the Debian tree cannot regenerate it.
  cp "$WORK/deb/usr/src/$ZFS/include/zfs_gitrev.h" "$K/include/zfs/"
}

build() {
  step "make -j$JOBS bzImage"
  make -C "$K" -s -j"$JOBS" bzImage
  grep -qx 'CONFIG_ZFS=y' "$K/.config" || die "CONFIG_ZFS=y lost"
  cp "$K/arch/x86/boot/bzImage" "$STAGE/bzImage"
  cp "$K/.config" "$STAGE/kernel.config"
  step "bzImage: $(stat -c %s "$STAGE/bzImage") bytes"
}

main() {
  unpack
  configure_kernel CONFIG_ZFS # CONFIG_ZFS exists only after copy-builtin
  builtin_zfs
  configure_kernel none
  build
}

main "$@"
