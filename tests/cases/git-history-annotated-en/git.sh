# Review tags by hand and by hoshi; one on an unmerged branch and a release tag are left out.
source "$GIT_FIXTURES/annotated.sh"
