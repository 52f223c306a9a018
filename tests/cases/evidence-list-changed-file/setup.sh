# Regression: `evidence list` called a file changed after its sha256 was recorded 「有効」,
# while `evidence check` reported it as changed. Both now give one verdict.
echo '2026-11-20 追記: 退職者1名のアカウントを削除' >> evidence/ev-003-account-share-review.md
