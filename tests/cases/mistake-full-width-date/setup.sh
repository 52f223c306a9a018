# Regression: a date in full-width digits was only said not to be YYYY-MM-DD.
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert 'assessed_on: 2026-04-20' in s
open(p, "w", encoding="utf-8").write(s.replace('assessed_on: 2026-04-20', 'assessed_on: ２０２６－０４－２０', 1))
EOF
