# Regression: full-width digits in a number were a bare type error.
python3 - <<'EOF'
p = 'hoshi.yaml'
s = open(p, encoding="utf-8").read()
assert '  employees: 32' in s
open(p, "w", encoding="utf-8").write(s.replace('  employees: 32', '  employees: ３２', 1))
EOF
