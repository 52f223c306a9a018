# A repository without a commit yet.
source "$GIT_FIXTURES/lib.sh"
init
client .
