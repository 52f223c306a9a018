# Regression: the template's 「（回答者を記入）」 left in assessed_by passed and was shown on
# the site.
sed -i 's/^assessed_by: .*/assessed_by: "（回答者を記入）"/' diagnosis.yaml
