//! The content digest that `hoshi status` prints (and pages will show) is what the
//! documented one-line recipe computes: anyone can check a published page against the repo.

use crate::common;

#[test]
fn digest_matches_the_shell_recipe() {
    let root = common::root().join("example-repo");
    let out = common::hoshi()
        .args(["status", "--format", "json", "--repo"])
        .arg(&root)
        .output()
        .expect("run hoshi");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let recipe = crate::common::shell("sh")
        .arg("-c")
        .arg("sha256sum hoshi.yaml principles.yaml diagnosis.yaml policy.yaml evidence.yaml | sha256sum")
        .current_dir(&root)
        .output()
        .expect("run sha256sum");
    let recipe = String::from_utf8_lossy(&recipe.stdout);
    let expected = format!("sha256:{}", recipe.split_whitespace().next().expect("hash"));
    assert_eq!(report["digest"], expected.as_str());
}
