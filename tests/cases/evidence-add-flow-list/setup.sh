cat > evidence.yaml <<YAML
schema_version: 1
evidence: [{id: A, title: a, url: "https://a.example", collected_on: 2026-01-01}]
YAML
