# The declared level is written with a full-width digit: what was declared cannot be read,
# and the row says it is unknown rather than that nothing was declared.
sed -i 's/^  level: 2 /  level: ２ /' hoshi.yaml
