# A condition no longer met since the last review (Q24 unanswered): a regression, and an
# error since ★★ stays declared.
source "$GIT_FIXTURES/annotated.sh"
unanswer diagnosis.yaml Q24
