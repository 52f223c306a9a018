# --base names a revision that does not exist.
source "$GIT_FIXTURES/basic.sh"
