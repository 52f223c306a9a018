# A colon and a space inside a value (a time, a label).
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert '    answer: partial\n    note: メールは' in s
open(p, "w", encoding="utf-8").write(s.replace('    answer: partial\n    note: メールは', '    answer: partial\n    note: 朝会 8:30: 宛先確認を周知。メールは', 1))
EOF
