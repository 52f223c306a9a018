# Certification claims where `hoshi validate` (and so the pre-commit hook) must catch them:
# a revision note, a measure, an evidence title partners see, the English industry and site
# title, written full-width and half-width; beside a denial and a real certification that
# must pass.
set -euo pipefail
sed -i 's/note: 社内体制の整備に/note: ＳＥＣＵＲＩＴＹ　ＡＣＴＩＯＮ 二つ星の認定を受け、社内体制の整備に/' policy.yaml
sed -i 's/^    measures: 事務用PCと/    measures: ｾｷｭﾘﾃｨｱｸｼｮﾝ一つ星を取得し、事務用PCと/' principles.yaml
sed -i 's/^    title: Windows Update 設定/    title: SECURITY ACTION 認定証と Windows Update 設定/' evidence.yaml
sed -i 's/^  industry: 製造業/  industry: 製造業\n  industry_en: Manufacturing (IPA-certified)/' hoshi.yaml
sed -i 's/^  base_url:/  title_en: "Minato Seiko: SECURITY ACTION is a self-declaration, not a certification; we hold ISO 27001 certification"\n  base_url:/' hoshi.yaml
grep -q 'ＳＥＣＵＲＩＴＹ' policy.yaml
grep -q 'ｾｷｭﾘﾃｨｱｸｼｮﾝ' principles.yaml
grep -q '認定証' evidence.yaml
grep -q 'industry_en' hoshi.yaml
grep -q 'title_en' hoshi.yaml
