# Regression: a client that declared ★★ with a typo in hoshi.yaml (a full-width colon on
# line 11) showed declared 「—」 (nothing declared) and the line after the typo.
sed -i 's/^  employees: 32/  employees： 32/' hoshi.yaml
