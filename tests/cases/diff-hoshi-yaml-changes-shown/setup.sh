# Regression: `hoshi diff` said nothing changed after edits to hoshi.yaml (the name, the
# head count, an internal audience, a removed base_url), so a PR making the site internal
# passed review unseen.
set -euo pipefail
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.jp GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.jp
export GIT_AUTHOR_DATE=2026-11-01T10:00:00+09:00 GIT_COMMITTER_DATE=2026-11-01T10:00:00+09:00
git -c init.defaultBranch=main init -q
git add -A && git commit -qm "Add the client files"
git tag -a review/2026-11-01 -m "review"
sed -i 's/name: 株式会社みなと精工/name: 株式会社みなと/; s/employees: 32/employees: 80/; s/audience: public/audience: internal/; /base_url:/d' hoshi.yaml
sed -i 's/declared_on: 2026-05-10/declared_on: 2026-05-11/' hoshi.yaml
