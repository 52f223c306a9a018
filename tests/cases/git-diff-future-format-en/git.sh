# The reviewed revision is in a format version this hoshi does not know.
source "$GIT_FIXTURES/future-format.sh"
