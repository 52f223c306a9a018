# The base commit has no client files yet: everything counts as added.
source "$GIT_FIXTURES/later-client.sh"
