//! The scs.yaml `hoshi init --scs` writes: every criterion listed as a comment, none
//! answered, no expert, no pledge. It claims nothing.

use crate::scs::scheme;

/// The body of a fresh scs.yaml, assessed (begun) on `today`.
pub fn body(today: &str) -> String {
    let s = scheme::get();
    let mut out = String::new();
    out.push_str(
        "# scs.yaml — SCS評価制度 ★3 への準備状況の自己点検（任意のファイル）\n\
         # Self-check of readiness for ★3 of the SCS scheme (optional file)\n\
         #\n",
    );
    for line in [&s.banner.ja, &s.banner.en] {
        out.push_str(&format!("# {line}\n"));
    }
    out.push_str(
        "#\n\
         # answers: 評価基準のIDごとに回答します。書いていない評価基準は未回答です。\n\
         #   met 満たしている / partial 一部満たしている / not_met 満たしていない /\n\
         #   not_applicable 該当しない（reason に理由が必須）\n\
         #   書けるキー: answer（必須）、note、evidence（証跡IDのリスト）、reason、\n\
         #   action（what / owner / due）\n\
         # `hoshi scs suggest` は自社診断の回答から提案を示します（--write で suggested: true\n\
         # として書き込み、確かめるまで未回答として数えます）。\n\
         # expert: 確認した専門家（name, organization, confirmed_on, scope）\n\
         # pledge: 経営者の宣誓（signed_by: {title, name}, signed_on）\n\
         # 各評価基準の見出しは hoshi の要約です。判定には IPA の評価基準の原文を読んでください。\n",
    );
    out.push_str(&format!(
        "schema_version: 1\nscheme: {}\nassessed_on: {today}\nassessed_by: \"（評価者を記入）\"\nanswers:\n",
        s.scheme
    ));
    for cat in &s.categories {
        out.push_str(&format!("  # === {} {} ===\n", cat.id, cat.name.ja));
        for r in s.requirements.iter().filter(|r| r.category == cat.id) {
            out.push_str(&format!("  # {} {}\n", r.id, r.title.ja));
            for c in &r.criteria {
                out.push_str(&format!(
                    "  # \"{}\": {{answer: }}   # {}\n",
                    c.id, c.topic.ja
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The template names every criterion and answers none.
    #[test]
    fn the_template_lists_every_criterion_and_answers_none() {
        let body = body("2026-11-26");
        let doc = crate::load::yaml::load(body.as_bytes())
            .document
            .expect("the template is YAML");
        assert!(doc.value["answers"].is_null());
        assert!(doc.value.get("expert").is_none() && doc.value.get("pledge").is_none());
        for (_, c) in scheme::get().criteria() {
            assert!(body.contains(&format!("\"{}\"", c.id)), "{}", c.id);
        }
    }
}
