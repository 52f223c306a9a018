# Regression: a full-width Ｑ５ was called a question that does not exist.
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert '  Q5: {' in s
open(p, "w", encoding="utf-8").write(s.replace('  Q5: {', '  Ｑ５: {', 1))
EOF
