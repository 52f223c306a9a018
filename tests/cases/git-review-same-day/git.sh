# Someone tagged today by hand already, on an older commit: the review gets a suffix.
source "$GIT_FIXTURES/basic.sh"
git tag review/2026-11-26 HEAD
echo x >> README.md
commit 2026-11-25 "README"
