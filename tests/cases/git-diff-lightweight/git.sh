# A review recorded by hand with a lightweight tag, then Q7 improved: the diff against it.
source "$GIT_FIXTURES/lightweight.sh"
