# Certification claims in the policy title, inside a block scalar and in the site title;
# next to sentences that use the same words correctly (no finding for those).
set -euo pipefail
sed -i 's/^title: 情報セキュリティ基本方針$/title: 情報セキュリティ基本方針（SECURITY ACTION 二つ星認定取得）/' policy.yaml
sed -i 's/^      経営者は、対策の実施状況を/      当社は IPA の SECURITY ACTION において二つ星の認定を受けています。経営者は、対策の実施状況を/' policy.yaml
sed -i 's/^  これらの情報と当社自身の情報資産を/  当社は SECURITY ACTION 二つ星を宣言しています。SECURITY ACTION は認定制度ではありません。これらの情報と当社自身の情報資産を/' policy.yaml
sed -i 's/^      - 原因を調べ、/      - 廃棄物は認定された産業廃棄物処理業者に委託します。\n      - 原因を調べ、/' policy.yaml
sed -i 's/^  title: みなと精工 情報セキュリティへの取組み$/  title: "Minato Seiko: SECURITY ACTION certified"/' hoshi.yaml
test "$(grep -c '認定' policy.yaml)" = 4
grep -q 'certified' hoshi.yaml
