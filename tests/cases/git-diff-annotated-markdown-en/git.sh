# The diff against the last review (annotated, with hoshi's record) as Markdown.
source "$GIT_FIXTURES/annotated.sh"
