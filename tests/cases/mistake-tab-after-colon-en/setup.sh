# A tab typed after the colon, not in the indent.
python3 - <<'EOF'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert '    answer: partial\n    note: メールは' in s
open(p, "w", encoding="utf-8").write(s.replace('    answer: partial\n    note: メールは', '    answer:\tpartial\n    note: メールは', 1))
EOF
