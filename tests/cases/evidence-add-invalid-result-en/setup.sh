# A document end marker: text after it would be a second document, so the append is refused.
printf "...\n" >> evidence.yaml
