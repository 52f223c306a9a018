# Regression: a full-width colon on line 11 was reported on line 12 in the parser's English.
python3 - <<'EOF'
p = 'hoshi.yaml'
s = open(p, encoding="utf-8").read()
assert '  employees: 32' in s
open(p, "w", encoding="utf-8").write(s.replace('  employees: 32', '  employees： 32', 1))
EOF
