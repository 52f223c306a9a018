# Every client file saved by a Windows editor: UTF-8 with a BOM, CRLF line ends.
for f in hoshi.yaml principles.yaml diagnosis.yaml policy.yaml evidence.yaml; do
  { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$f"; } > "$f.tmp"
  mv "$f.tmp" "$f"
done
