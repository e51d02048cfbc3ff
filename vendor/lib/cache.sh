#!/usr/bin/env bash
# Sourced by vendor/forge: the recipe hash of a target, and the cache outside the clone that
# holds each target's artifacts under that hash: $CACHE_ROOT/<target>/<sha256>/.

CACHE_ROOT="${ANVIL_FORGE_CACHE:-/var/cache/anvil-forge}"

# recipe_hash TARGET: SHA-256 over what defines TARGET's output: its rows of inputs.lock and
# the files of vendor/TARGET/ (names and contents, sorted). Editing another target, or the
# forge's plumbing, does not invalidate it.
recipe_hash() {
  local target="$1"
  {
    lock_rows "$target"
    (cd "$VENDOR" && find "$target" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  } | sha256sum | cut -d' ' -f1
}

cache_dir() { # cache_dir TARGET
  echo "$CACHE_ROOT/$1/$(recipe_hash "$1")"
}

# cache_hit DIR: true when DIR is a complete cache entry.
cache_hit() {
  [ -f "$1/.complete" ]
}

# cache_store STAGE DIR: copy a finished build's output tree into cache entry DIR atomically.
cache_store() {
  local stage="$1" dest="$2" tmp="$2.tmp.$$"
  mkdir -p "$(dirname "$dest")"
  rm -rf "$tmp"
  cp -a "$stage" "$tmp"
  (cd "$tmp" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum >../SUMS.$$ &&
    mv ../SUMS.$$ SHA256SUMS)
  touch "$tmp/.complete"
  rm -rf "$dest"
  mv "$tmp" "$dest"
}

# cache_restore DIR OUT: check the entry's sums, then copy its files into OUT.
cache_restore() {
  local src="$1" out="$2"
  (cd "$src" && sha256sum --quiet --strict -c SHA256SUMS) ||
    die "cache entry $src is corrupt; delete it and forge again"
  mkdir -p "$out"
  tar -C "$src" --exclude=./SHA256SUMS --exclude=./.complete -cf - . | tar -C "$out" -xf -
  echo "forge: $(basename "$(dirname "$src")") from cache $src"
}
