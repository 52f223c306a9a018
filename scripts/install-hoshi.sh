#!/usr/bin/env bash
# Installs hoshi for the composite action (action.yml at the repository root) and puts it on
# PATH for the following steps.
#
# What is installed is what the user pinned:
#   `uses: OWNER/hoshi@v0`      -> the newest release v0.x.y (never a v1, never a pre-release)
#   `uses: OWNER/hoshi@v0.3`    -> the newest release v0.3.x
#   `uses: OWNER/hoshi@v0.3.1`  -> exactly v0.3.1
#   a commit or branch ref      -> exactly the version in that checkout's Cargo.toml
#   input `version`             -> overrides the ref: the same forms, or `latest` (the newest
#                                  release of any major version)
# The release list comes from the GitHub API. The binary for this runner is downloaded with
# its .sha256 and checked; a release without a .sha256 is refused unless HOSHI_ALLOW_UNVERIFIED
# is `true`. Only when the resolved release has no binary for this runner is hoshi built,
# with `cargo install --locked` at the resolved tag; a branch is never built. A network
# failure is reported as one, and nothing is built after it.
#
# Environment (set by action.yml and by GitHub):
#   HOSHI_REPO         owner/name the action was used from (github.action_repository). GitHub
#                      leaves it empty in some composite actions, so the action's checkout
#                      path (…/_actions/OWNER/NAME/REF) is read next, then GITHUB_REPOSITORY
#                      for `uses: ./` inside hoshi's own repository.
#   HOSHI_ACTION_REF   the ref the action was used at (github.action_ref); empty: from the
#                      checkout path, as above.
#   HOSHI_VERSION      the `version` input; empty: follow the ref.
#   HOSHI_ALLOW_UNVERIFIED  `true` installs a binary that has no published .sha256.
#   HOSHI_TOKEN        sent to the API only (rate limits); optional.
#   GITHUB_SERVER_URL, GITHUB_API_URL  GitHub's addresses (GitHub Enterprise sets its own);
#                      the tests point both at a server on 127.0.0.1.
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT.
set -euo pipefail

fail() {
  echo "::error title=hoshi::$*"
  exit 1
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The action's checkout path …/_actions/OWNER/NAME/REF, with `/` separators.
action_path="${GITHUB_ACTION_PATH:-}"
action_path="${action_path//\\//}"
path_part() {
  case "$action_path" in
    */_actions/*/*/*)
      local rest="${action_path#*/_actions/}"
      local owner="${rest%%/*}"
      rest="${rest#*/}"
      local name="${rest%%/*}"
      rest="${rest#*/}"
      case "$1" in
        repo) echo "$owner/$name" ;;
        ref) echo "${rest%%/*}" ;;
      esac
      ;;
  esac
}

repo="${HOSHI_REPO:-}"
[ -n "$repo" ] || repo="$(path_part repo)"
[ -n "$repo" ] || repo="${GITHUB_REPOSITORY:-}"
case "$repo" in
  '' | */*/* | *[!A-Za-z0-9_./-]* | /* | */) fail "cannot tell which repository the action comes from (got '$repo')" ;;
  */*) ;;
  *) fail "cannot tell which repository the action comes from (got '$repo')" ;;
esac

# --- What was asked for --------------------------------------------------------------
# `want` becomes `latest` or a version: v1, v1.2, v1.2.3 or v1.2.3-rc.1 (the `v` may be left out).
version_re='^v?[0-9]+(\.[0-9]+)?(\.[0-9]+(-[0-9A-Za-z.]+)?)?$'
want="${HOSHI_VERSION:-}"
asked_by="the version input"
if [ -z "$want" ]; then
  ref="${HOSHI_ACTION_REF:-}"
  [ -n "$ref" ] || ref="$(path_part ref)"
  if [[ "$ref" =~ $version_re ]]; then
    want="$ref"
    asked_by="the action ref @$ref"
  else
    # A commit, a branch or `uses: ./`: the version this checkout of hoshi is.
    want="$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$here/Cargo.toml" 2>/dev/null | head -n 1)"
    [ -n "$want" ] || fail "cannot tell which hoshi to install: set the action's version input (such as v1 or v1.2.0)"
    asked_by="the version in the action's Cargo.toml (ref '${ref:-none}')"
  fi
fi
if [ "$want" != latest ]; then
  [[ "$want" =~ $version_re ]] ||
    fail "version must be 'latest', a major version such as v1, or a release tag such as v1.2.0 (got '$want')"
  want="v${want#v}"
fi
unverified="${HOSHI_ALLOW_UNVERIFIED:-false}"
case "$unverified" in
  true | false) ;;
  *) fail "allow-unverified must be true or false (got '$unverified')" ;;
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

server="${GITHUB_SERVER_URL:-https://github.com}"
server="${server%/}"
api="${GITHUB_API_URL:-https://api.github.com}"
api="${api%/}"

# HTTPS only, except for a server on this machine (the tests).
for url in "$server" "$api"; do
  case "$url" in
    https://*) ;;
    http://127.0.0.1[:/]* | http://localhost[:/]* | http://\[::1\][:/]*) ;;
    *) fail "refusing to download from $url: only https is allowed" ;;
  esac
done

# fetch URL OUT [HEADER...]: 0 when downloaded; otherwise prints why to stderr and returns
# 4 for HTTP 404 (not there), 3 for another HTTP error, 2 for a network failure.
fetch() {
  local url="$1" out="$2" proto=https code rc=0
  shift 2
  case "$url" in
    http://*) proto=http ;;
  esac
  local headers=()
  local h
  for h in "$@"; do headers+=(--header "$h"); done
  code="$(curl --fail --silent --show-error --location --retry 3 --retry-delay 2 \
    --connect-timeout 20 --max-time 300 --proto "=$proto" --proto-redir "=$proto" \
    ${headers[@]+"${headers[@]}"} --write-out '%{http_code}' --output "$out" "$url" 2>"$out.err")" || rc=$?
  if [ "$rc" = 0 ]; then
    return 0
  fi
  if [ "$rc" = 22 ]; then
    if [ "$code" = 404 ]; then
      return 4
    fi
    echo "$url: the server answered HTTP $code" >&2
    return 3
  fi
  echo "network failure fetching $url (curl exit $rc: $(tr -d '\r' <"$out.err" | tail -n 1))" >&2
  return 2
}

work="$(mktemp -d "$tmp/hoshi-download.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- Resolve the request to one release tag ------------------------------------------
# Sets `tag` (not printed: fail must reach the log, not a command substitution).
resolve() {
  local list="$work/releases.json" rc=0 auth=()
  if [ -n "${HOSHI_TOKEN:-}" ]; then
    auth=("Authorization: Bearer $HOSHI_TOKEN")
  fi
  fetch "$api/repos/$repo/releases?per_page=100" "$list" \
    "Accept: application/vnd.github+json" ${auth[@]+"${auth[@]}"} 2>"$work/why" || rc=$?
  case "$rc" in
    0) ;;
    2) fail "could not list the releases of $repo: $(cat "$work/why")" ;;
    4) fail "$repo has no releases to install from ($api/repos/$repo/releases: HTTP 404)" ;;
    *) fail "could not list the releases of $repo: $(cat "$work/why")" ;;
  esac
  # Drafts are not listed for an unauthenticated reader; pre-releases carry a `-` in their
  # tag (release.yml marks exactly those), so a partial version never picks one.
  local tags
  tags="$(tr ',' '\n' <"$list" | sed -n 's/^[[:space:]]*{*[[:space:]]*"tag_name":[[:space:]]*"\([^"]*\)".*/\1/p')"
  local prefix
  case "$want" in
    latest) prefix= ;;
    v[0-9]*.*.*)
      if printf '%s\n' "$tags" | grep -qxF -- "$want"; then
        tag="$want"
        return
      fi
      fail "$repo has no release $want ($asked_by)"
      ;;
    *) prefix="${want#v}." ;;
  esac
  local best
  best="$(printf '%s\n' "$tags" | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sed 's/^v//' |
    while IFS= read -r t; do
      case "$t" in "$prefix"*) echo "$t" ;; esac
    done | sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1)"
  [ -n "$best" ] || fail "$repo has no release matching $want ($asked_by)"
  tag="v$best"
}

tag=
resolve
echo "Installing hoshi $tag from $repo ($asked_by asks for $want)"

sha256_of() {
  # Run in the file's folder: sha256sum escapes names holding a backslash (Windows paths).
  if command -v sha256sum >/dev/null 2>&1; then
    (cd "$1" && sha256sum "$2")
  else
    (cd "$1" && shasum -a 256 "$2")
  fi | cut -d' ' -f1
}

# The release binary. Returns 1 when the release has none for this runner (then hoshi is
# built); exits on anything that must stop the install.
from_release() {
  if [ -z "$target" ]; then
    echo "No release binary for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}."
    return 1
  fi
  local name="hoshi-$target" url="$server/$repo/releases/download/$tag" rc=0
  echo "Downloading $url/$name.$ext"
  fetch "$url/$name.$ext" "$work/$name.$ext" 2>"$work/why" || rc=$?
  case "$rc" in
    0) ;;
    4)
      echo "Release $tag has no asset $name.$ext."
      return 1
      ;;
    *) fail "could not download $name.$ext: $(cat "$work/why")" ;;
  esac
  rc=0
  fetch "$url/$name.$ext.sha256" "$work/$name.$ext.sha256" 2>"$work/why" || rc=$?
  case "$rc" in
    0)
      local want_sum got
      read -r want_sum _ <"$work/$name.$ext.sha256" || true
      got="$(sha256_of "$work" "$name.$ext")"
      if [ "$want_sum" != "$got" ]; then
        fail "$name.$ext does not match its published sha256 (expected $want_sum, got $got); not installing it"
      fi
      echo "sha256 verified: $got"
      ;;
    4)
      if [ "$unverified" != true ]; then
        fail "release $tag publishes no $name.$ext.sha256, so the download cannot be verified; not installing it (set allow-unverified: true to install it anyway)"
      fi
      echo "::warning title=hoshi::release $tag publishes no $name.$ext.sha256; installing it unverified because allow-unverified is true"
      ;;
    *) fail "could not download $name.$ext.sha256: $(cat "$work/why")" ;;
  esac
  case "$ext" in
    zip)
      if command -v unzip >/dev/null 2>&1; then
        (cd "$work" && unzip -q "$name.zip")
      else
        (cd "$work" && 7z x -y "$name.zip" >/dev/null)
      fi || fail "cannot unpack $name.zip"
      ;;
    *) tar -xzf "$work/$name.$ext" -C "$work" || fail "cannot unpack $name.$ext" ;;
  esac
  [ -f "$work/$name/$exe" ] || fail "$name.$ext holds no $name/$exe"
  cp "$work/$name/$exe" "$bin/$exe"
  chmod +x "$bin/$exe"
}

from_source() {
  command -v cargo >/dev/null 2>&1 ||
    fail "release $tag has no binary for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?} and there is no cargo to build it with"
  echo "::notice title=hoshi::release $tag has no binary for this runner; building that tag with cargo install (a few minutes)"
  set -- install --locked --root "$root" --git "$server/$repo" --tag "$tag" hoshi
  echo "cargo $*"
  cargo "$@"
}

if ! from_release; then
  from_source
fi

installed="$("$bin/$exe" --version)" || fail "the installed hoshi does not run on this runner"
if [ "$installed" != "hoshi ${tag#v}" ]; then
  rm -f "$bin/$exe"
  fail "release $tag installed a binary that says '$installed'"
fi
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
