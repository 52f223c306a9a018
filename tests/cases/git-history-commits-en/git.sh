# The commits that changed the client in security/ (one outside it, a merge, a revert).
source "$GIT_FIXTURES/history.sh"
