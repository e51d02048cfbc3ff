#!/usr/bin/env bash
# Forge step: a static busybox from Debian's busybox source package (Debian's patches applied),
# `make defconfig` + vendor/busybox/anvil.config. Called by vendor/forge with DL (verified
# downloads), WORK (scratch), STAGE (output: bin/busybox), JOBS and VENDOR set.
set -euo pipefail

FRAGMENT="$VENDOR/busybox/anvil.config"
SRC="$WORK/busybox"
OBJ="$WORK/build"

die() { echo "busybox: error: $*" >&2; exit 1; }
step() { echo "busybox: $* ($(date +%T))"; }

unpack() {
  step "dpkg-source -x (applies Debian's patches)"
  local dsc
  dsc="$(ls "$DL"/busybox_*.dsc)"
  # dpkg-source checks the tarballs against the .dsc's checksums.
  dpkg-source -x "$dsc" "$SRC" >/dev/null || die "dpkg-source -x $dsc failed"
  [ -d "$SRC/debian/patches" ] || die "$SRC has no Debian patches"
}

# apply_fragment: rewrite each fragment symbol in .config, then let oldconfig settle the rest.
apply_fragment() {
  local line sym
  while IFS= read -r line; do
    case "$line" in
      CONFIG_*=*) sym="${line%%=*}" ;;
      "# CONFIG_"*" is not set") sym="${line#\# }"; sym="${sym%% *}" ;;
      *) continue ;;
    esac
    sed -i -E "/^(# )?$sym[= ]/d" "$OBJ/.config"
    echo "$line" >>"$OBJ/.config"
  done <"$FRAGMENT"
  (yes "" || true) | make -s -C "$SRC" O="$OBJ" oldconfig >/dev/null
}

verify_config() {
  local line bad=0
  while IFS= read -r line; do
    case "$line" in
      CONFIG_*=* | "# CONFIG_"*" is not set")
        grep -qxF "$line" "$OBJ/.config" || { echo "  wanted: $line" >&2; bad=1; } ;;
    esac
  done <"$FRAGMENT"
  [ "$bad" = 0 ] || die "the fragment did not take effect (lines above)"
}

build() {
  step "make defconfig + anvil.config"
  mkdir -p "$OBJ"
  make -s -C "$SRC" O="$OBJ" defconfig >/dev/null
  apply_fragment
  verify_config
  step "make -j$JOBS"
  # Filter glibc's "statically linked applications requires at runtime" link notes.
  make -s -C "$OBJ" -j"$JOBS" busybox 2>&1 | grep -vE 'requires at runtime|^$' || true
  [ -x "$OBJ/busybox" ] || die "make did not produce busybox"
  file "$OBJ/busybox" | grep -q 'statically linked' || die "busybox is not statically linked"
  mkdir -p "$STAGE/bin"
  cp "$OBJ/busybox" "$STAGE/bin/busybox"
  local applets
  applets="$("$STAGE/bin/busybox" --list | wc -l)"
  step "bin/busybox: $(stat -c %s "$STAGE/bin/busybox") bytes, $applets applets"
}

main() {
  unpack
  build
}

main "$@"
