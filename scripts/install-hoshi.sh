#!/usr/bin/env bash
# Installs hoshi for the composite action (action.yml at the repository root): the release
# binary for this runner, checked against its published sha256, or else a build from source
# with `cargo install`. Puts it on PATH for the following steps.
#
# Environment (set by action.yml and by GitHub):
#   HOSHI_REPO       owner/name the action was used from (github.action_repository). GitHub
#                    leaves it empty in some composite actions, so the action's checkout path
#                    (…/_actions/OWNER/NAME/REF) is read next, then GITHUB_REPOSITORY for
#                    `uses: ./` inside hoshi's own repository.
#   HOSHI_VERSION    "latest" (the newest release) or a release tag such as v1.2.0.
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT.
#   HOSHI_RELEASES_URL  replaces https://github.com/OWNER/NAME/releases (tests use file://).
set -euo pipefail

fail() {
  echo "::error title=hoshi::$*"
  exit 1
}

action_repo() {
  if [ -n "${HOSHI_REPO:-}" ]; then
    echo "$HOSHI_REPO"
    return
  fi
  local path="${GITHUB_ACTION_PATH:-}"
  path="${path//\\//}"
  case "$path" in
    */_actions/*/*)
      local rest="${path#*/_actions/}"
      local owner="${rest%%/*}"
      rest="${rest#*/}"
      echo "$owner/${rest%%/*}"
      ;;
    *) echo "${GITHUB_REPOSITORY:-}" ;;
  esac
}

repo="$(action_repo)"
case "$repo" in
  '' | */*/* | *[!A-Za-z0-9_./-]* | /* | */) fail "cannot tell which repository the action comes from (got '$repo')" ;;
  */*) ;;
  *) fail "cannot tell which repository the action comes from (got '$repo')" ;;
esac

version="${HOSHI_VERSION:-latest}"
case "$version" in
  latest) ;;
  '' | *[!A-Za-z0-9._+-]*) fail "version must be 'latest' or a release tag such as v1.2.0 (got '$version')" ;;
  [0-9]*) version="v$version" ;;
esac

tmp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
root="${HOSHI_INSTALL_DIR:-$tmp/hoshi}"
bin="$root/bin"
mkdir -p "$bin"

exe=hoshi
ext=tar.gz
case "${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}" in
  Linux/X64 | Linux/x86_64) target=x86_64-unknown-linux-gnu ;;
  Linux/ARM64 | Linux/aarch64) target=aarch64-unknown-linux-gnu ;;
  macOS/ARM64 | Darwin/arm64) target=aarch64-apple-darwin ;;
  macOS/X64 | Darwin/x86_64) target=x86_64-apple-darwin ;;
  Windows/X64)
    target=x86_64-pc-windows-msvc
    exe=hoshi.exe
    ext=zip
    ;;
  *) target= ;;
esac

releases="${HOSHI_RELEASES_URL:-https://github.com/$repo/releases}"
case "$releases" in
  file://*) proto='=file' ;;
  *) proto='=https' ;;
esac

download() {
  curl --fail --silent --show-error --location --retry 3 --proto "$proto" --output "$2" "$1"
}

sha256_of() {
  # Run in the file's folder: sha256sum escapes names holding a backslash (Windows paths).
  if command -v sha256sum >/dev/null 2>&1; then
    (cd "$1" && sha256sum "$2")
  else
    (cd "$1" && shasum -a 256 "$2")
  fi | cut -d' ' -f1
}

# The release binary. Returns non-zero when there is none to use (then hoshi is built);
# exits when there is one that must not be used (its checksum does not match).
from_release() {
  if [ -z "$target" ]; then
    echo "No release binary for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}."
    return 1
  fi
  local name="hoshi-$target" url dir
  if [ "$version" = latest ]; then
    url="$releases/latest/download"
  else
    url="$releases/download/$version"
  fi
  dir="$(mktemp -d "$tmp/hoshi-download.XXXXXX")" || return 1
  echo "Downloading $url/$name.$ext"
  if ! download "$url/$name.$ext" "$dir/$name.$ext"; then
    echo "No release asset $name.$ext for $version in $repo."
    return 1
  fi
  local rc=0
  download "$url/$name.$ext.sha256" "$dir/$name.$ext.sha256" || rc=$?
  case "$rc" in
    0)
      local want got
      read -r want _ <"$dir/$name.$ext.sha256" || true
      got="$(sha256_of "$dir" "$name.$ext")"
      if [ "$want" != "$got" ]; then
        fail "$name.$ext does not match its published sha256 (expected $want, got $got); not installing it"
      fi
      echo "sha256 verified: $got"
      ;;
    22 | 37) echo "::warning title=hoshi::no $name.$ext.sha256 is published; the download is not verified" ;;
    *) fail "could not download $name.$ext.sha256 (curl exit $rc)" ;;
  esac
  case "$ext" in
    zip)
      if command -v unzip >/dev/null 2>&1; then
        (cd "$dir" && unzip -q "$name.zip") || return 1
      else
        (cd "$dir" && 7z x -y "$name.zip" >/dev/null) || return 1
      fi
      ;;
    *) tar -xzf "$dir/$name.$ext" -C "$dir" || return 1 ;;
  esac
  if [ ! -f "$dir/$name/$exe" ]; then
    echo "::warning title=hoshi::$name.$ext holds no $name/$exe"
    return 1
  fi
  cp "$dir/$name/$exe" "$bin/$exe" && chmod +x "$bin/$exe" || return 1
  if ! "$bin/$exe" --version >/dev/null; then
    echo "::warning title=hoshi::the release binary does not run on this runner"
    rm -f "$bin/$exe"
    return 1
  fi
}

from_source() {
  command -v cargo >/dev/null 2>&1 || fail "no release binary to install and no cargo to build hoshi with"
  set -- install --locked --root "$root" --git "https://github.com/$repo"
  if [ "$version" != latest ]; then
    set -- "$@" --tag "$version"
  fi
  echo "cargo $* hoshi"
  cargo "$@" hoshi
}

if ! from_release; then
  echo "::notice title=hoshi::building hoshi from source with cargo install (a few minutes)"
  from_source
fi

installed="$("$bin/$exe" --version)"
echo "Installed $installed"
if [ -n "${GITHUB_PATH:-}" ]; then
  if command -v cygpath >/dev/null 2>&1; then
    cygpath -w "$bin" >>"$GITHUB_PATH"
  else
    echo "$bin" >>"$GITHUB_PATH"
  fi
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "version=${installed#hoshi }" >>"$GITHUB_OUTPUT"
fi
