# Regression: `review --date 2027-06-01` wrote a tag six months ahead of today.
set -euo pipefail
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.jp GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.jp
git -c init.defaultBranch=main init -q
git add -A && git commit -qm "Add the client files"
