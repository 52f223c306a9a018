# Regression: a 令和 date was only said not to be YYYY-MM-DD, with no converted date.
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert 'assessed_on: 2026-04-20' in s
open(p, "w", encoding="utf-8").write(s.replace('assessed_on: 2026-04-20', 'assessed_on: 令和8年4月20日', 1))
EOF
