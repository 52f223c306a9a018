# Regression: one evidence id without [ ] got only 'write a list'.
python3 - <<'EOF'
p = 'principles.yaml'
s = open(p, encoding="utf-8").read()
assert 'evidence: [EV-002]' in s
open(p, "w", encoding="utf-8").write(s.replace('evidence: [EV-002]', 'evidence: EV-002', 1))
EOF
