# Shared by the fixture scripts: a git with pinned names, dates and no user configuration,
# and small edits of the client files. Each script runs in an empty folder; EXAMPLE is
# example-repo.
set -euo pipefail
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="田中 美咲" GIT_AUTHOR_EMAIL="tanaka@minato-seiko.example.jp"
export GIT_COMMITTER_NAME="田中 美咲" GIT_COMMITTER_EMAIL="tanaka@minato-seiko.example.jp"
export TZ=Asia/Tokyo

init() {
  git -c init.defaultBranch=main init -q
}

# commit DATE MESSAGE: commits everything at a pinned time (10:00 in Japan).
commit() {
  export GIT_AUTHOR_DATE="$1T10:00:00+09:00" GIT_COMMITTER_DATE="$1T10:00:00+09:00"
  git add -A
  git commit -q --allow-empty -m "$2"
}

# client DIR: a copy of example-repo.
client() {
  mkdir -p "$1"
  cp -R "$EXAMPLE/." "$1/"
}

# answer FILE Q VALUE: sets the answer of one question (block or flow style).
answer() {
  local file=$1 q=$2 value=$3
  awk -v q="$q" -v value="$value" '
    $0 ~ "^  " q ": \\{answer: " { sub(/answer: [a-z_]+/, "answer: " value) }
    $0 ~ "^  " q ":$" { inside = 1; print; next }
    inside && /^    answer: / { sub(/answer: [a-z_]+/, "answer: " value); inside = 0 }
    /^  Q[0-9]+:/ { inside = 0 }
    { print }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
}

# unanswer FILE Q: removes the answer of one question (block or flow style), so that
# ★★'s condition "all 25 answered" fails.
unanswer() {
  local file=$1 q=$2
  awk -v q="$q" '
    $0 ~ "^  " q ": \\{" { next }
    $0 ~ "^  " q ":$" { skip = 1; next }
    skip && /^    / { next }
    { skip = 0; print }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
}
