# Regression: a 自己宣言ID typed in full-width digits lost its own finding code when the
# full-width hint was given.
python3 - <<'PY'
p = 'hoshi.yaml'
s = open(p, encoding="utf-8").read()
assert 'id: "51234567890"' in s
open(p, "w", encoding="utf-8").write(s.replace('id: "51234567890"', 'id: "５１２３４５６７８９０"', 1))
PY
