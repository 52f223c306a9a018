# A schema the user wrote themselves, where hoshi would write its own.
mkdir out
echo '{}' > out/hoshi.schema.json
