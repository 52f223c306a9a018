# The client folder in git, last reviewed on 2025-10-01: with a 12-month interval the review
# is overdue on 2026-11-26 (practice advice, not an error).
set -euo pipefail
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="田中 美咲" GIT_AUTHOR_EMAIL="tanaka@minato-seiko.example.jp"
export GIT_COMMITTER_NAME="田中 美咲" GIT_COMMITTER_EMAIL="tanaka@minato-seiko.example.jp"
export GIT_AUTHOR_DATE="2025-10-01T10:00:00+09:00" GIT_COMMITTER_DATE="2025-10-01T10:00:00+09:00"
git -c init.defaultBranch=main init -q
git add -A
git commit -q -m "Add the client files"
git tag -a review/2025-10-01 -m "Reviewed with the client"
