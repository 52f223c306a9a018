# Regression: declared_on, assessed_on and an evidence's collected_on after today passed
# silently (only a future established_on was refused). Today is 2026-11-26.
sed -i 's/declared_on: 2026-05-10/declared_on: 2026-12-01/' hoshi.yaml
sed -i 's/^assessed_on: .*/assessed_on: 2027-01-15/' diagnosis.yaml
sed -i '0,/collected_on: [0-9-]*/s//collected_on: 2026-11-27/' evidence.yaml
