# An item nothing cites, expiring soon.
printf 'extra\n' > evidence/extra.txt
sum=$(sha256sum evidence/extra.txt | cut -c1-64)
cat >> evidence.yaml <<YAML

  - id: EV-007
    title: Unused screenshot
    file: evidence/extra.txt
    sha256: $sum
    collected_on: 2026-10-01
    valid_until: 2026-12-01
YAML
