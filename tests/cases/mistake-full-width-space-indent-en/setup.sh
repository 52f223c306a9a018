# A full-width space (U+3000) typed as the indent.
python3 - <<'EOF'
p = 'hoshi.yaml'
s = open(p, encoding="utf-8").read()
assert '  employees: 32' in s
open(p, "w", encoding="utf-8").write(s.replace('  employees: 32', '　employees: 32', 1))
EOF
