# Regression: a line continuing a value but indented less than its key was reported on the
# line after it, as the parser's "simple key expect ':'".
python3 - <<'PY'
p = 'diagnosis.yaml'
s = open(p, encoding="utf-8").read()
assert '宛先の確認は担当者任せ\n' in s
open(p, "w", encoding="utf-8").write(s.replace('宛先の確認は担当者任せ\n', '宛先の確認は\n  担当者任せ\n', 1))
PY
