#!/usr/bin/env bash
# Sourced by vendor/forge: download the inputs.lock entries of one target into a download
# cache with apt, then verify every SHA-256. Nothing unverified reaches a build.

LOCK="$VENDOR/inputs.lock"

# lock_rows TARGET: the lock's rows for TARGET as "kind package version sha256 file".
lock_rows() {
  awk -v t="$1" '$1 == t && $0 !~ /^#/ { print $2, $3, $4, $5, $6 }' "$LOCK"
}

sha_ok() { # sha_ok FILE SHA256
  [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]
}

# fetch_one DIR KIND PACKAGE VERSION: ask apt for one package; the hash check decides.
fetch_one() {
  local dir="$1" kind="$2" pkg="$3" ver="$4"
  echo "forge: downloading $kind $pkg=$ver"
  if [ "$kind" = deb ]; then
    (cd "$dir" && apt-get download -q "$pkg=$ver" 2>&1 | grep -v '^W:' || true)
  else
    # The zfs-linux bpo .dsc is 404 on the mirror while its orig tarball is not, so apt's
    # exit status is not the verdict: the lock's hashes are.
    echo "forge: (apt errors for files the lock does not list are harmless, e.g. a 404 .dsc)"
    (cd "$dir" && apt-get source -q --download-only "$pkg=$ver" 2>&1 | grep -v '^W:' || true)
  fi
}

# fetch_target TARGET DIR: make DIR hold every locked file of TARGET, verified.
fetch_target() {
  local target="$1" dir="$2" kind pkg ver sha file
  mkdir -p "$dir"
  chmod 755 "$dir"
  [ -n "$(lock_rows "$target")" ] || die "inputs.lock has no rows for '$target'"
  while read -r kind pkg ver sha file; do
    sha_ok "$dir/$file" "$sha" || fetch_one "$dir" "$kind" "$pkg" "$ver"
  done < <(lock_rows "$target")
  while read -r kind pkg ver sha file; do
    [ -f "$dir/$file" ] ||
      die "$file ($pkg=$ver) could not be downloaded (deb-src missing? run as root:" \
        "bash vendor/install-build-deps.sh)"
    sha_ok "$dir/$file" "$sha" || die "SHA-256 mismatch for $dir/$file: inputs.lock says" \
      "$sha, the file is $(sha256sum "$dir/$file" | cut -d' ' -f1)"
    echo "forge: verified $file"
  done < <(lock_rows "$target")
}
