# Regression: the answer's Japanese label got only the list of English values.
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert '  Q5: {answer: implemented' in s
open(p, "w", encoding="utf-8").write(s.replace('  Q5: {answer: implemented', '  Q5: {answer: 実施している', 1))
EOF
