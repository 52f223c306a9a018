# A level lost since the last review: a regression, and an error since ★★ stays declared.
source "$GIT_FIXTURES/annotated.sh"
answer diagnosis.yaml Q24 unknown
