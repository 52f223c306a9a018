# Regression: a comment started with a full-width ＃ was reported two lines later in the parser's words.
python3 - <<'EOF'
p = 'hoshi.yaml'
s = open(p, encoding="utf-8").read()
assert '# hoshi の設定ファイル' in s
open(p, "w", encoding="utf-8").write(s.replace('# hoshi の設定ファイル', '＃ hoshi の設定ファイル', 1))
EOF
