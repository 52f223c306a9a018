//! Untrusted input: what a hostile pull request, a planted symlink or a careless user can
//! put into a client repository, and what hoshi must still never do. One test per
//! numbered item of the security review (`item_NN_…`), plus a fuzz-style sweep of every
//! string field through every command and format.
//!
//! Where an item is about GitHub's rules, the test reads hoshi's output as GitHub would:
//! workflow commands with a parser written from GitHub's documented syntax, Markdown with
//! a GFM renderer (comrak). Where it is about a browser, it uses headless Chromium over
//! HTTP from a server on 127.0.0.1.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::{copy_dir, hoshi, root};

const TODAY: &str = "2026-11-26";

/// Runs git in `dir` with pinned names and dates; its trimmed stdout.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(["-c", "user.name=Sato", "-c", "user.email=sato@example.jp"])
        .args(["-c", "init.defaultBranch=main", "-c", "tag.gpgSign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2026-11-20T09:00:00+09:00")
        .env("GIT_COMMITTER_DATE", "2026-11-20T09:00:00+09:00")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// example-repo copied to `tmp/name`.
fn client(tmp: &Path, name: &str) -> PathBuf {
    let c = tmp.join(name);
    copy_dir(&root().join("example-repo"), &c);
    c
}

/// `client` committed as a repository of its own.
fn commit_all(c: &Path) {
    if !c.join(".git").exists() {
        git(c, &["init", "--quiet"]);
    }
    git(c, &["add", "-A"]);
    git(
        c,
        &["commit", "--quiet", "--allow-empty", "-m", "client files"],
    );
}

/// Replaces the first `from` in the file with `to` (the text must be there).
fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// hoshi in `dir` with `args`, today pinned.
fn run(dir: &Path, args: &[&str]) -> Output {
    hoshi()
        .args(args)
        .current_dir(dir)
        .env("HOSHI_TODAY", TODAY)
        .output()
        .expect("run hoshi")
}

fn both(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A YAML double-quoted scalar holding `s` (JSON strings are YAML double-quoted
/// scalars, escapes included).
fn dq(s: &str) -> String {
    serde_json::to_string(s).expect("json string")
}

// ---------------------------------------------------------------------------------------
// Workflow commands, as GitHub documents them.

/// A workflow command GitHub would act on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct WorkflowCommand {
    name: String,
    properties: String,
    message: String,
}

/// The commands a runner would act on in `log`, by GitHub's documented rules
/// (docs.github.com, "Workflow commands for GitHub Actions"): a line `::name props::msg`
/// (or the older `##[name props]msg`) is a command; after `::stop-commands::TOKEN` no line
/// is a command until the line `::TOKEN::`.
fn workflow_commands(log: &str) -> Vec<WorkflowCommand> {
    let mut out = Vec::new();
    let mut stopped: Option<String> = None;
    for line in log.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(token) = &stopped {
            if line == format!("::{token}::") {
                stopped = None;
            }
            continue;
        }
        let parsed = if let Some(rest) = line.strip_prefix("::") {
            rest.split_once("::")
        } else if let Some(rest) = line.strip_prefix("##[") {
            rest.split_once(']')
        } else {
            None
        };
        let Some((head, message)) = parsed else {
            continue;
        };
        let (name, properties) = head.split_once(' ').unwrap_or((head, ""));
        if name.is_empty() {
            continue;
        }
        if name == "stop-commands" {
            stopped = Some(message.to_owned());
        }
        out.push(WorkflowCommand {
            name: name.to_owned(),
            properties: properties.to_owned(),
            message: message.to_owned(),
        });
    }
    out
}

/// `hoshi ci --out _site` in `c` as the workflow runs it, with the job summary at
/// `summary` and the runner's temporary folder at `runner_temp`.
fn ci(c: &Path, summary: &Path, runner_temp: &Path) -> Output {
    hoshi()
        .args(["ci", "--out", "_site"])
        .current_dir(c)
        .env("HOSHI_TODAY", TODAY)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", summary)
        .env("RUNNER_TEMP", runner_temp)
        .output()
        .expect("run hoshi ci")
}

/// Every command in `log` is hoshi's own: an annotation titled `hoshi …`, or the one
/// `stop-commands` with an unguessable token that hoshi closes.
fn only_hoshis_commands(log: &str) {
    let commands = workflow_commands(log);
    let mut stops = 0;
    for c in &commands {
        match c.name.as_str() {
            "error" | "warning" | "notice" => assert!(
                c.properties.contains("title=hoshi "),
                "an annotation hoshi did not write: {c:?}\n{log}"
            ),
            "stop-commands" => {
                stops += 1;
                assert!(
                    c.message.len() >= 32
                        && c.message
                            .chars()
                            .all(|x| x.is_ascii_alphanumeric() || x == '-'),
                    "a guessable stop token: {c:?}"
                );
                assert!(
                    log.contains(&format!("\n::{}::", c.message)),
                    "stop-commands never closed"
                );
            }
            _ => panic!("a command hoshi did not write: {c:?}\n{log}"),
        }
    }
    assert!(stops <= 1, "{stops} stop-commands");
}

#[test]
fn item_01_workflow_command_injection_from_client_text_is_inert() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let evil = "x\n::error file=hoshi.yaml,line=1::Declaration revoked\n::add-mask::SECURITY\n::stop-commands::pwn\n##[error]legacy";
    edit(
        &c.join("evidence.yaml"),
        "title: Windows Update 設定の書き出しと月次適用状況",
        &format!("title: {}", dq(evil)),
    );
    edit(
        &c.join("hoshi.yaml"),
        "name: 株式会社みなと精工",
        &format!("name: {}", dq("みなと\n::warning::org")),
    );
    edit(
        &c.join("hoshi.yaml"),
        "declared_on: 2026-05-10",
        &format!(
            "declared_on: {}",
            dq("2026-05-10\n::warning::injected date")
        ),
    );
    commit_all(&c);
    let summary = tmp.path().join("summary.md");
    let out = ci(&c, &summary, tmp.path());
    let log = both(&out);
    only_hoshis_commands(&log);
    // The injected text is still shown, as data.
    assert!(log.contains("みなと ::warning::org"), "{log}");
    // The same text through the other commands, without GitHub's stop-commands.
    for args in [
        &["status", "--format", "github"][..],
        &["validate", "--format", "github"],
        &["evidence", "list", "--format", "github"],
        &["evidence", "check", "--format", "github"],
        &["status"],
        &["validate"],
        &["evidence", "list"],
    ] {
        let out = run(&c, args);
        let log = both(&out);
        for c in workflow_commands(&log) {
            assert!(
                matches!(c.name.as_str(), "error" | "warning" | "notice")
                    && c.properties.contains("title=hoshi "),
                "{args:?}: {c:?}\n{log}"
            );
        }
    }
}

/// Bytes a terminal acts on: ESC, BEL, CR, the other C0 controls but tab and newline, DEL
/// and the C1 controls.
fn terminal_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c < ' ' && c != '\n' && c != '\t')
                || c == '\u{7f}'
                || ('\u{80}'..='\u{9f}').contains(&c)
        })
        .collect()
}

const ESCAPES: &str = "\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2J\rEvil\u{9b}31m\u{7f}";

#[test]
fn item_02_terminal_escapes_from_client_text_are_shown_escaped() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    edit(
        &c.join("hoshi.yaml"),
        "name_en: Minato Seiko Co., Ltd.",
        &format!("name_en: {}", dq(&format!("Minato{ESCAPES}"))),
    );
    commit_all(&c);
    let record = format!(
        "Review\n\nreviewer: {}\ndate: 2026-11-20\nlevel: 2\ndeclared: 2\nscore: 88\ndigest: sha256:{}\nhoshi: 0.1.0\n",
        dq(&format!("Mallory{ESCAPES}")),
        "0".repeat(64)
    );
    git(&c, &["tag", "-a", "review/2026-11-20", "-m", &record]);
    for args in [
        &["status", "--lang", "en"][..],
        &["status", "--format", "markdown"],
        &["history"],
        &["history", "--format", "markdown"],
        &["validate"],
    ] {
        let out = run(&c, args);
        let text = both(&out);
        assert_eq!(
            terminal_controls(&text),
            Vec::<char>::new(),
            "{args:?}: {text:?}"
        );
    }
    let out = run(&c, &["history"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Mallory"),
        "{out:?}"
    );
    // A raw ESC in a wrong value: the caret view quotes the line escaped.
    let raw = tmp.path().join("raw");
    copy_dir(&root().join("example-repo"), &raw);
    edit(
        &raw.join("hoshi.yaml"),
        "declared_on: 2026-05-10",
        "declared_on: 2026-99-10\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7}",
    );
    let out = run(&raw, &["validate"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = both(&out);
    assert!(text.contains("hoshi.yaml:"), "{text}");
    assert_eq!(terminal_controls(&text), Vec::<char>::new(), "{text:?}");
}

#[cfg(unix)]
#[test]
fn item_03_a_client_file_linked_outside_the_root_is_refused_unread() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let secret = tmp.path().join("passwd");
    fs::write(&secret, "root:x:0:0:CANARY-OUTSIDE:/root:/bin/bash\n").expect("secret");
    fs::remove_file(c.join("policy.yaml")).expect("remove");
    std::os::unix::fs::symlink(&secret, c.join("policy.yaml")).expect("symlink");
    for args in [
        &["validate"][..],
        &["validate", "--format", "json"],
        &["status"],
        &["status", "--format", "github"],
    ] {
        let out = run(&c, args);
        let text = both(&out);
        assert!(!text.contains("CANARY"), "{args:?}: {text}");
        assert!(!text.contains("root:x"), "{args:?}: {text}");
        assert_ne!(out.status.code(), Some(0), "{args:?}: {text}");
        assert!(text.contains("policy.yaml"), "{args:?}: {text}");
    }
    // Nor through a linked folder: a site is not built from it.
    let out = run(&c, &["site", "--audience", "internal", "--out", "site"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(!c.join("site").exists() || !grep_dir(&c.join("site"), "CANARY"));
}

/// Whether any file under `dir` contains `needle`.
fn grep_dir(dir: &Path, needle: &str) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            grep_dir(&p, needle)
        } else {
            fs::read(&p).is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle))
        }
    })
}

#[test]
fn item_04_the_calendar_never_replaces_a_file_hoshi_did_not_write() {
    let tmp = tempfile::tempdir().expect("tmp");
    let clients = tmp.path().join("clients");
    let c = client(&clients, "minato");
    let before = fs::read(c.join("hoshi.yaml")).expect("read");
    let out = run(&clients, &["portfolio", "--calendar", "minato/hoshi.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(fs::read(c.join("hoshi.yaml")).expect("read"), before);
    // A planted symlink is refused too, and what it points at is left alone.
    #[cfg(unix)]
    {
        let victim = tmp.path().join("victim.txt");
        fs::write(&victim, "keep me\n").expect("victim");
        std::os::unix::fs::symlink(&victim, clients.join("cal.ics")).expect("symlink");
        let out = run(&clients, &["portfolio", "--calendar", "cal.ics"]);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me\n");
    }
    // Its own calendar it replaces.
    let out = run(&clients, &["portfolio", "--calendar", "due.ics"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(&clients, &["portfolio", "--calendar", "due.ics"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        fs::read_to_string(clients.join("due.ics"))
            .expect("calendar")
            .starts_with("BEGIN:VCALENDAR")
    );
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(unix)]
#[test]
fn item_05_schema_out_never_writes_through_a_planted_temp_name() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out_dir = tmp.path().join("schemas");
    fs::create_dir(&out_dir).expect("dir");
    let victim = tmp.path().join("victim.txt");
    fs::write(&victim, "keep me\n").expect("victim");
    std::os::unix::fs::symlink(&victim, out_dir.join("hoshi.schema.json.tmp")).expect("link");
    fs::write(out_dir.join("diagnosis.schema.json.tmp"), "a user's file\n").expect("file");
    let out = run(tmp.path(), &["schema", "--out", "schemas"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me\n");
    assert_eq!(
        fs::read_to_string(out_dir.join("diagnosis.schema.json.tmp")).expect("read"),
        "a user's file\n"
    );
    assert!(
        fs::symlink_metadata(out_dir.join("hoshi.schema.json.tmp"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(out_dir.join("hoshi.schema.json").is_file());
    // Nothing of hoshi's temporary files is left.
    assert!(
        names(&out_dir).iter().all(|n| !n.contains("hoshi-")),
        "{:?}",
        names(&out_dir)
    );
}

#[test]
fn item_06_concurrent_evidence_adds_keep_every_entry() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let mut children = Vec::new();
    for i in 0..8 {
        let file = format!("evidence/concurrent-{i}.txt");
        fs::write(c.join(&file), format!("evidence {i}\n")).expect("file");
        let child = hoshi()
            .args(["evidence", "add", &file, "--id"])
            .arg(format!("EV-C{i}"))
            .args(["--title", &format!("concurrent {i}")])
            .current_dir(&c)
            .env("HOSHI_TODAY", TODAY)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        children.push(child);
    }
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }
    let register = fs::read_to_string(c.join("evidence.yaml")).expect("read");
    for i in 0..8 {
        assert!(
            register.contains(&format!("id: EV-C{i}")),
            "EV-C{i} lost:\n{register}"
        );
    }
    let out = run(&c, &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[cfg(unix)]
#[test]
fn item_07_a_linked_theme_folder_pulls_nothing_into_the_site() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let outside = tmp.path().join("outside-theme");
    fs::create_dir(&outside).expect("dir");
    fs::write(outside.join("style.css"), "/* CANARY-THEME */\n").expect("css");
    std::os::unix::fs::symlink(&outside, c.join("theme")).expect("symlink");
    let out = run(&c, &["site", "--out", "site"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(both(&out).contains("theme"), "{out:?}");
    assert!(!grep_dir(&c.join("site"), "CANARY-THEME"));
    assert!(!both(&out).contains("CANARY-THEME"));
}

/// Serves `dir` over HTTP on 127.0.0.1 (Python's http.server); the child and its port.
fn serve(dir: &Path) -> Option<(std::process::Child, u16)> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").ok()?;
    let port = listener.local_addr().ok()?.port();
    drop(listener);
    let child = Command::new("python3")
        .args(["-m", "http.server", "--bind", "127.0.0.1"])
        .arg(port.to_string())
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((child, port));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    None
}

#[test]
fn item_08_a_clients_theme_cannot_read_another_clients_pages_in_the_dashboard() {
    let Some(chromium) = crate::site::chromium() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let clients = tmp.path().join("clients");
    let victim = client(&clients, "victim");
    edit(
        &victim.join("hoshi.yaml"),
        "name: 株式会社みなと精工",
        "name: CANARY-VICTIM-ORG",
    );
    let attacker = client(&clients, "attacker");
    edit(
        &attacker.join("hoshi.yaml"),
        "name: 株式会社みなと精工",
        "name: 株式会社アタッカー",
    );
    fs::create_dir(attacker.join("theme")).expect("theme");
    // The theme replaces the overview page with a script that reads every page it can
    // reach and writes what it read into the document.
    fs::write(
        attacker.join("theme/index.html"),
        r#"<!DOCTYPE html><html><head><title>t</title></head><body>
<p id="out">nothing read</p>
<script>
for (const u of ['../../victim/en/index.html', '../../../clients/victim/en/index.html',
                 '../../victim/ja/index.html', '/clients/victim/en/index.html']) {
  try {
    const x = new XMLHttpRequest(); x.open('GET', u, false); x.send();
    document.getElementById('out').textContent += ' ' + x.responseText;
  } catch (e) {}
}
document.getElementById('out').textContent += ' scr' + 'ipt ran';
</script>
<img src="x" onerror="document.getElementById('out').textContent += ' hand' + 'ler ran'">
</body></html>
"#,
    )
    .expect("theme page");
    let out = run(&clients, &["portfolio", "--site", "dash"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let dash = clients.join("dash");
    // The dashboard never applies a client's theme: every client there shares one origin.
    assert!(
        !grep_dir(&dash, "XMLHttpRequest"),
        "a theme reached the dashboard"
    );
    assert!(grep_dir(&dash.join("clients"), "CANARY-VICTIM-ORG"));
    // The attacker's own site, which does apply the theme, served beside the dashboard
    // from the same origin: the page's Content-Security-Policy stops its script.
    let out = run(
        &attacker,
        &[
            "site",
            "--audience",
            "internal",
            "--out",
            "../dash/attacker-site",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(grep_dir(&dash.join("attacker-site"), "XMLHttpRequest"));
    let Some((mut server, port)) = serve(&dash) else {
        panic!("cannot serve the dashboard on 127.0.0.1");
    };
    let profile = tmp.path().join("profile");
    let dom_of = |path: &str| {
        let out = Command::new(&chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=3000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("--dump-dom")
            .arg(format!("http://127.0.0.1:{port}/{path}"))
            .output()
            .expect("run chromium");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let attacked = dom_of("attacker-site/en/index.html");
    let dashboard = dom_of("index.html");
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        attacked.contains("nothing read"),
        "the page did not load: {attacked}"
    );
    assert!(!attacked.contains("CANARY-VICTIM"), "{attacked}");
    assert!(!attacked.contains("script ran"), "{attacked}");
    assert!(!attacked.contains("handler ran"), "{attacked}");
    assert!(dashboard.contains("アタッカー"), "{dashboard}");
    let index = fs::read_to_string(dash.join("index.html")).expect("dashboard");
    assert!(index.contains("script-src 'none'"));
}

#[test]
fn item_09_ci_deploys_only_the_public_site_unless_access_is_controlled() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    edit(
        &c.join("hoshi.yaml"),
        "audience: public",
        "audience: internal",
    );
    commit_all(&c);
    let ci = |extra: &[&str]| {
        hoshi()
            .arg("ci")
            .args(extra)
            .current_dir(&c)
            .env("HOSHI_TODAY", TODAY)
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_STEP_SUMMARY", tmp.path().join("summary.md"))
            .env("RUNNER_TEMP", tmp.path())
            .output()
            .expect("run hoshi ci")
    };
    let out = ci(&["--out", "_site"]);
    assert_ne!(out.status.code(), Some(2), "{out:?}");
    let status: serde_json::Value =
        serde_json::from_slice(&fs::read(c.join("_site/status.json")).expect("status.json"))
            .expect("json");
    assert_eq!(status["site"]["audience"], "public", "{status}");
    assert!(!c.join("_site/ja/actions.html").exists());
    // Asking for more is refused, and nothing is written.
    let out = ci(&["--out", "_other", "--audience", "internal"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(both(&out).contains("site.access_controlled"), "{out:?}");
    assert!(!c.join("_other").exists());
    // With access control declared, the site follows site.audience.
    edit(
        &c.join("hoshi.yaml"),
        "audience: internal",
        "audience: internal\n  access_controlled: true",
    );
    commit_all(&c);
    let out = ci(&["--out", "_controlled"]);
    assert_ne!(out.status.code(), Some(2), "{out:?}");
    assert!(c.join("_controlled/ja/actions.html").exists());
}

#[test]
fn item_10_temporary_files_hoshi_did_not_create_are_kept() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let planted = [
        ".evidence.yaml.12345.tmp",
        ".evidence.yaml.hoshi-tmp",
        "evidence.yaml.tmp",
        ".evidence.yaml.new-1-1",
    ];
    for p in planted {
        fs::write(c.join(p), "a user's file\n").expect("plant");
    }
    fs::write(c.join("evidence/new.txt"), "new\n").expect("file");
    let out = run(
        &c,
        &[
            "evidence",
            "add",
            "evidence/new.txt",
            "--id",
            "EV-900",
            "--title",
            "new",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(&c, &["site", "--out", "site"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    for p in planted {
        assert_eq!(
            fs::read_to_string(c.join(p)).expect("kept"),
            "a user's file\n",
            "{p}"
        );
    }
}

#[cfg(unix)]
#[test]
fn item_11_interrupted_runs_leave_no_debris_and_never_lose_the_output() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let out = run(&c, &["site", "--out", "site"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let expected = names(&c);
    // Killed at many points of its run, a build never leaves `site` missing.
    for i in 0..24u64 {
        let mut child = hoshi()
            .args(["site", "--out", "site"])
            .current_dir(&c)
            .env("HOSHI_TODAY", TODAY)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(2 + i * 3));
        let signal = if i % 2 == 0 { "KILL" } else { "TERM" };
        let _ = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status();
        let status = child.wait().expect("wait");
        assert!(c.join("site/index.html").is_file(), "run {i}: site missing");
        if signal == "TERM" {
            // On SIGTERM hoshi removes its own entries before it exits.
            assert_eq!(names(&c), expected, "run {i} ({status:?}) left debris");
        }
    }
    // The next run sweeps whatever a SIGKILL left.
    let out = run(&c, &["site", "--out", "site"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(names(&c), expected);
    // The same for evidence add.
    fs::write(c.join("evidence/k.txt"), "k\n").expect("file");
    for i in 0..12u64 {
        let mut child = hoshi()
            .args(["evidence", "add", "evidence/k.txt", "--title", "k", "--id"])
            .arg(format!("EV-K{i}"))
            .current_dir(&c)
            .env("HOSHI_TODAY", TODAY)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(1 + i * 2));
        let _ = child.kill();
        let _ = child.wait();
    }
    let out = run(&c, &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(
        &c,
        &[
            "evidence",
            "add",
            "evidence/k.txt",
            "--id",
            "EV-K99",
            "--title",
            "k",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mut left = names(&c);
    left.remove("evidence.yaml");
    let mut want = expected.clone();
    want.remove("evidence.yaml");
    assert_eq!(left, want);
}

#[test]
fn item_12_ci_output_is_bounded_as_github_bounds_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    // 5,000 evidence items, each with two errors (the register stays under the 1 MiB a
    // client file may have).
    let mut register = fs::read_to_string(c.join("evidence.yaml")).expect("read");
    for i in 0..5_000 {
        register.push_str(&format!(
            "  - id: BAD-{i}\n    title: t\n    url: ftp://example.com/{i}\n    collected_on: 2026-99-01\n"
        ));
    }
    fs::write(c.join("evidence.yaml"), register).expect("write");
    commit_all(&c);
    let summary = tmp.path().join("summary.md");
    let runner_temp = tmp.path().join("runner");
    fs::create_dir(&runner_temp).expect("dir");
    let out = ci(&c, &summary, &runner_temp);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let log = String::from_utf8_lossy(&out.stdout).into_owned();
    let annotations = workflow_commands(&log)
        .into_iter()
        .filter(|c| c.name == "error" || c.name == "warning")
        .count();
    assert!(annotations <= 50, "{annotations} annotations");
    assert!(annotations > 0);
    let size = fs::metadata(&summary).expect("summary").len();
    assert!(size < 1 << 20, "summary of {size} bytes");
    // The annotations left out are counted, in an annotation of hoshi's own.
    assert!(
        workflow_commands(&log)
            .iter()
            .any(|c| c.name == "notice" && c.properties.contains("more-findings")),
        "no count of what was left out"
    );
    // A cut summary says so and names the full report, which the workflow uploads.
    let text = fs::read_to_string(&summary).expect("summary");
    let report = runner_temp.join("hoshi/report.md");
    assert_eq!(
        text.contains("hoshi-report"),
        report.is_file(),
        "{size} bytes"
    );
    if report.is_file() {
        assert!(fs::metadata(&report).expect("report").len() > size);
    }
    only_hoshis_commands(&log);
}

// ---------------------------------------------------------------------------------------
// Markdown, as GitHub renders it.

/// `md` rendered as GitHub Flavored Markdown, raw HTML passed through (GitHub then
/// sanitises it, but a tag that survives here would also close a fold there).
fn gfm(md: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.autolink = true;
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.render.r#unsafe = true;
    comrak::markdown_to_html(md, &options)
}

/// The text of `html` outside tags and outside `<code>`, entities decoded enough to see
/// `@`, `#` and `<`.
fn prose(html: &str) -> String {
    let mut out = String::new();
    let mut in_code = 0usize;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if in_code == 0 {
            out.push_str(&rest[..lt]);
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt + 1];
        if tag.starts_with("<code") {
            in_code += 1;
        } else if tag == "</code>" {
            in_code = in_code.saturating_sub(1);
        }
        out.push(' ');
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&#64;", "@")
        .replace("&#35;", "#")
}

/// GitHub would link `@name` or `#123` here: after the start or a character that is not a
/// letter, digit or `` ` ``.
fn github_references(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '@' && c != '#' {
            continue;
        }
        let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '`');
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let after_ok = if c == '@' {
            next.is_ascii_alphanumeric()
        } else {
            next.is_ascii_digit()
        };
        if before_ok && after_ok {
            out.push(chars[i..chars.len().min(i + 12)].iter().collect());
        }
    }
    out
}

/// The elements hoshi itself writes in Markdown.
const HOSHIS_ELEMENTS: &[&str] = &[
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "details",
    "summary",
    "br",
    "hr",
    "blockquote",
    "del",
];

fn elements(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let name: String = rest[lt + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !name.is_empty() {
            out.push(name.to_ascii_lowercase());
        }
        rest = &rest[lt + 1..];
    }
    out
}

fn check_markdown(what: &str, md: &str) {
    let html = gfm(md);
    for e in elements(&html) {
        assert!(
            HOSHIS_ELEMENTS.contains(&e.as_str()),
            "{what}: a <{e}> element survives:\n{html}"
        );
    }
    assert!(!html.contains("<a "), "{what}: a link:\n{html}");
    let refs = github_references(&prose(&html));
    assert!(
        refs.is_empty(),
        "{what}: mentions or references {refs:?}:\n{html}"
    );
    assert_eq!(
        html.matches("<details").count(),
        html.matches("</details>").count(),
        "{what}: a fold is closed early or left open:\n{html}"
    );
}

#[test]
fn item_13_markdown_output_has_no_link_mention_or_html_from_client_text() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    commit_all(&c);
    git(&c, &["tag", "review/2026-11-20"]);
    let evil = "see https://evil.example/x www.evil.example @octocat @org/team #1 GH-2 <b>CANARY-TAG</b> </details></summary><img src=x> | a | b | [x](https://evil.example) ![i](https://evil.example/i.png) <https://evil.example>";
    edit(
        &c.join("hoshi.yaml"),
        "name: 株式会社みなと精工",
        &format!("name: {}", dq(&format!("みなと {evil}"))),
    );
    edit(
        &c.join("diagnosis.yaml"),
        "note: 全PCで自動更新、月末に適用状況を確認",
        &format!("note: {}", dq(evil)),
    );
    edit(
        &c.join("evidence.yaml"),
        "title: Windows Update 設定の書き出しと月次適用状況",
        &format!("title: {}", dq(evil)),
    );
    commit_all(&c);
    for args in [
        &["status", "--format", "markdown"][..],
        &["status", "--format", "markdown", "--lang", "en"],
        &["diff", "--format", "markdown"],
        &["diff", "--format", "markdown", "--lang", "en"],
        &["evidence", "list", "--format", "markdown"],
    ] {
        let out = run(&c, args);
        let md = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(!md.is_empty(), "{args:?}: {out:?}");
        check_markdown(&format!("{args:?}"), &md);
    }
    let summary = tmp.path().join("summary.md");
    let out = ci(&c, &summary, tmp.path());
    assert!(out.status.code().is_some(), "{out:?}");
    check_markdown(
        "ci summary",
        &fs::read_to_string(&summary).expect("summary"),
    );
}

/// What one hoshi run cost: its exit code, peak resident memory in KiB and CPU seconds
/// (user + system), read by a small Python parent with getrusage(RUSAGE_CHILDREN). (A
/// child of this test process would count the test's own memory: it is spawned sharing
/// it until it execs.)
#[cfg(target_os = "linux")]
fn cost(dir: &Path, args: &[&str]) -> (i32, i64, f64) {
    const MEASURE: &str = "import resource, subprocess, sys\n\
        code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n\
        r = resource.getrusage(resource.RUSAGE_CHILDREN)\n\
        print(code, r.ru_maxrss, r.ru_utime + r.ru_stime)\n";
    let out = Command::new("python3")
        .args(["-c", MEASURE, env!("CARGO_BIN_EXE_hoshi")])
        .args(args)
        .current_dir(dir)
        .env("HOSHI_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("run python3");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut words = text.split_whitespace();
    let mut next = || words.next().unwrap_or_else(|| panic!("measure: {out:?}"));
    let code = next().parse().expect("code");
    let kib = next().parse().expect("maxrss");
    let cpu = next().parse().expect("cpu");
    (code, kib, cpu)
}

#[cfg(target_os = "linux")]
#[test]
fn item_14_evidence_is_copied_by_streaming_not_held_in_memory() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    // One 60 MiB file, published by 30 items.
    let big = c.join("evidence/big.bin");
    let chunk: Vec<u8> = (0..1 << 20).map(|i: u32| (i % 251) as u8).collect();
    let mut bytes = Vec::with_capacity(60 << 20);
    for _ in 0..60 {
        bytes.extend_from_slice(&chunk);
    }
    fs::write(&big, &bytes).expect("big file");
    let sum = hex_sha256(&bytes);
    drop(bytes);
    let mut register = fs::read_to_string(c.join("evidence.yaml")).expect("read");
    for i in 0..30 {
        register.push_str(&format!(
            "  - id: BIG-{i:02}\n    title: big {i}\n    file: evidence/big.bin\n    sha256: {sum}\n    collected_on: 2026-11-01\n    visibility: public\n"
        ));
    }
    fs::write(c.join("evidence.yaml"), register).expect("write");
    let (code, kib, _) = cost(&c, &["site", "--out", "site"]);
    assert_eq!(code, 0);
    assert_eq!(
        fs::metadata(c.join("site/files/BIG-00/big.bin"))
            .expect("copied")
            .len(),
        60 << 20
    );
    // 1,800 MiB if every copy were held; the file once would be 60 MiB.
    assert!(kib < 56 * 1024, "peak RSS {kib} KiB");
}

fn hex_sha256(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let digest = <sha2::Sha256 as sha2::Digest>::digest(bytes);
    digest.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Not a performance claim (bench/ and docs/performance.md make those): a guard that the
/// work of a site build does not grow with the number of tags on one client tree. Before
/// the fix, 3,000 tags cost about 100 times the CPU of one.
#[cfg(target_os = "linux")]
#[test]
fn item_15_many_review_tags_are_read_once_and_each_tree_evaluated_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    commit_all(&c);
    let head = git(&c, &["rev-parse", "HEAD"]);
    git(&c, &["tag", "review/2026-11-20"]);
    let site = |out: &str| {
        let (code, _, cpu) = cost(&c, &["site", "--audience", "internal", "--out", out]);
        assert_eq!(code, 0);
        cpu
    };
    let one = site("one");
    let mut refs = String::new();
    let start = jiff::civil::date(2015, 1, 1);
    for i in 0..3000 {
        let day = start.checked_add(jiff::Span::new().days(i)).expect("date");
        refs.push_str(&format!("create refs/tags/review/{day} {head}\n"));
    }
    let mut update = Command::new("git")
        .args(["update-ref", "--stdin"])
        .current_dir(&c)
        .stdin(Stdio::piped())
        .spawn()
        .expect("git update-ref");
    use std::io::Write;
    update
        .stdin
        .take()
        .expect("stdin")
        .write_all(refs.as_bytes())
        .expect("write refs");
    assert!(update.wait().expect("wait").success());
    let many = site("many");
    let history = fs::read_to_string(c.join("many/en/history.html")).expect("history page");
    assert!(
        history.contains("review/2023-03-15"),
        "a tag of the 3,000 is listed"
    );
    assert!(
        many < one * 10.0 + 1.0,
        "3,000 tags took {many:.2} s of CPU, one tag {one:.2} s"
    );
}

#[test]
fn item_16_theme_templates_stop_at_their_budget() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (i, template) in [
        "{% for a in range(10000) %}{% for b in range(10000) %}x{% endfor %}{% endfor %}",
        r#"{{ "x" * 100000000 }}"#,
        r#"{% for a in range(100000) %}{{ "y" * 1000 }}{% endfor %}"#,
    ]
    .iter()
    .enumerate()
    {
        let c = client(tmp.path(), &format!("client-{i}"));
        fs::create_dir(c.join("theme")).expect("theme");
        fs::write(c.join("theme/policy.html"), template).expect("template");
        let out = run(&c, &["site", "--out", "site"]);
        assert_eq!(out.status.code(), Some(2), "{template}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("policy.html"), "{err}");
        assert!(err.contains("theme/"), "{err}");
        assert!(!c.join("site").exists(), "no partial site");
    }
}

#[test]
fn item_17_tag_records_outside_the_scheme_are_not_believed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    commit_all(&c);
    for (tag, level, score) in [
        ("review/2026-11-19", "9", "88"),
        ("review/2026-11-20", "2", "500"),
    ] {
        let record = format!(
            "Review\n\nreviewer: Mallory\ndate: {}\nlevel: {level}\ndeclared: 2\nscore: {score}\ndigest: sha256:{}\nhoshi: 0.1.0\n",
            &tag[7..],
            "0".repeat(64)
        );
        git(&c, &["tag", "-a", tag, "-m", &record]);
    }
    let out = run(&c, &["history", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for r in rows.as_array().expect("rows") {
        assert_eq!(r["recorded"], false, "{r}");
        assert_eq!(r["level"], 2, "evaluated at the commit instead: {r}");
        assert_eq!(r["score"], 88, "{r}");
    }
    let text = String::from_utf8_lossy(&run(&c, &["history"]).stdout).into_owned();
    assert!(!text.contains("★★★"), "{text}");
    assert!(!text.contains("500"), "{text}");
}

#[test]
fn item_18_public_pages_never_carry_a_machine_path() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    commit_all(&c);
    // git fails to read HEAD: its words (and any path in them) stay on stderr.
    fs::write(c.join(".git/HEAD"), "garbage\n").expect("HEAD");
    let out = run(&c, &["site", "--out", "site"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let tmp_path = tmp.path().to_string_lossy().into_owned();
    assert!(!grep_dir(&c.join("site"), &tmp_path));
    assert!(!grep_dir(&c.join("site"), "corrupted"));
    assert!(grep_dir(&c.join("site"), "could not be read"));
    // A repository owned by someone else: git's message names the path.
    #[cfg(unix)]
    if Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
    {
        let owned = client(tmp.path(), "owned");
        commit_all(&owned);
        let chown = Command::new("chown")
            .args(["-R", "12345:12345"])
            .arg(&owned)
            .status()
            .expect("chown");
        assert!(chown.success());
        let out = run(&owned, &["site", "--out", "../owned-site"]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(
            both(&out).contains("safe.directory"),
            "stderr keeps the detail"
        );
        assert!(!grep_dir(&tmp.path().join("owned-site"), &tmp_path));
        assert!(!grep_dir(&tmp.path().join("owned-site"), "safe.directory"));
    }
}

#[test]
fn item_19_init_keeps_markers_in_user_input_and_never_writes_through_a_link() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("new");
    let out = run(
        tmp.path(),
        &[
            "init",
            "--name",
            "X __TODAY__ __NAME__ __HOSHI_ACTION__",
            "new",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let hoshi_yaml = fs::read_to_string(dir.join("hoshi.yaml")).expect("hoshi.yaml");
    assert!(
        hoshi_yaml.contains("\"X __TODAY__ __NAME__ __HOSHI_ACTION__\""),
        "{hoshi_yaml}"
    );
    #[cfg(unix)]
    {
        let linked = tmp.path().join("linked");
        let outside = tmp.path().join("outside");
        fs::create_dir_all(&linked).expect("dir");
        fs::create_dir_all(&outside).expect("dir");
        std::os::unix::fs::symlink(&outside, linked.join(".vscode")).expect("symlink");
        let out = run(tmp.path(), &["init", "--name", "T", "linked"]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(names(&outside).is_empty(), "{:?}", names(&outside));
        assert!(both(&out).contains(".vscode"), "{out:?}");
        assert!(linked.join("hoshi.yaml").is_file());
    }
}

#[test]
fn item_20_the_client_folder_is_a_literal_path_not_a_pattern() {
    const REVIEW: [&str; 7] = [
        "review",
        "--repo",
        "clients/[a]",
        "--reviewer",
        "R",
        "--date",
        "2026-11-20",
    ];
    let tmp = tempfile::tempdir().expect("tmp");
    let repo = tmp.path().join("repo");
    copy_dir(&root().join("example-repo"), &repo.join("clients/[a]"));
    copy_dir(&root().join("example-repo"), &repo.join("clients/a"));
    commit_all(&repo);
    // A change in the folder itself is seen, whatever `[a]` would match as a glob.
    edit(
        &repo.join("clients/[a]/policy.yaml"),
        "経営者の責任",
        "経営者の責務",
    );
    let out = run(&repo, &REVIEW);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(both(&out).contains("clients/[a]/policy.yaml"), "{out:?}");
    // A change in the folder the pattern would match is not the client's.
    git(&repo, &["checkout", "--", "."]);
    edit(
        &repo.join("clients/a/policy.yaml"),
        "経営者の責任",
        "経営者の責務",
    );
    let out = run(&repo, &REVIEW);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[cfg(unix)]
#[test]
fn item_21_evidence_add_compares_where_a_link_leads() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    let before = fs::read(c.join("evidence.yaml")).expect("read");
    for (link, target) in [
        ("evidence/x", "../hoshi.yaml"),
        ("evidence/y", "../evidence.yaml"),
        ("evidence/z", "../../outside.txt"),
    ] {
        std::os::unix::fs::symlink(target, c.join(link)).expect("symlink");
        let out = run(
            &c,
            &["evidence", "add", link, "--id", "EV-950", "--title", "t"],
        );
        assert_eq!(out.status.code(), Some(2), "{link}: {out:?}");
        assert_eq!(fs::read(c.join("evidence.yaml")).expect("read"), before);
    }
}

// ---------------------------------------------------------------------------------------
// The sweep: every string field of every file, through every command and format.

const PLANT: &str = "F\n::warning::FUZZ\r::error::FUZZ\u{1b}[31m\u{85}::notice::x";

/// `text` with every scalar value after `key: ` (a mapping value or a list item) made a
/// string that carries PLANT.
fn planted(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let comment = trimmed.starts_with('#');
        let value_at = if comment {
            None
        } else if let Some(rest) = trimmed.strip_prefix("- ") {
            let at = line.len() - rest.len();
            match rest.find(": ") {
                Some(i) => Some(at + i + 2),
                None => Some(at),
            }
        } else {
            trimmed
                .find(": ")
                .map(|i| line.len() - trimmed.len() + i + 2)
        };
        match value_at {
            Some(at)
                if !line[at..].trim().is_empty()
                    && !line[at..].starts_with(['|', '>', '[', '{']) =>
            {
                let value = line[at..]
                    .split(" #")
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_matches('"');
                out.push_str(&line[..at]);
                out.push_str(&dq(&format!("{value}{PLANT}")));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[test]
fn no_output_line_starts_with_a_command_hoshi_did_not_write() {
    let tmp = tempfile::tempdir().expect("tmp");
    let c = client(tmp.path(), "client");
    commit_all(&c);
    git(&c, &["tag", "review/2026-11-20"]);
    for f in [
        "hoshi.yaml",
        "principles.yaml",
        "diagnosis.yaml",
        "policy.yaml",
        "evidence.yaml",
    ] {
        let text = fs::read_to_string(c.join(f)).expect("read");
        fs::write(c.join(f), planted(&text)).expect("write");
    }
    commit_all(&c);
    let formats = ["text", "json", "github", "markdown", "csv"];
    let commands: &[&[&str]] = &[
        &["validate"],
        &["status"],
        &["diff"],
        &["history"],
        &["evidence", "list"],
        &["evidence", "check"],
    ];
    let mut runs = 0;
    for cmd in commands {
        for format in formats {
            for lang in ["ja", "en"] {
                let mut args: Vec<&str> = cmd.to_vec();
                args.extend(["--format", format, "--lang", lang]);
                let out = run(&c, &args);
                if out.status.code() == Some(2) && both(&out).contains("--format") {
                    continue; // a format this command does not offer
                }
                runs += 1;
                let mut text = both(&out);
                if format == "csv" {
                    // RFC 4180 ends records with CRLF.
                    text = text.replace("\r\n", "\n");
                }
                for line in text.split(['\n', '\r', '\u{85}']) {
                    if line.starts_with("::") || line.starts_with("##[") {
                        assert!(
                            format == "github" && line.contains("title=hoshi "),
                            "{args:?}: {line:?}"
                        );
                    }
                }
                assert_eq!(
                    terminal_controls(&text)
                        .iter()
                        .filter(|c| **c != '\r')
                        .count(),
                    0,
                    "{args:?}: {text:?}"
                );
                assert!(!text.contains('\r'), "{args:?}: a raw carriage return");
            }
        }
    }
    assert!(runs >= 30, "only {runs} command runs");
    // And hoshi ci as the workflow runs it.
    let out = ci(&c, &tmp.path().join("summary.md"), tmp.path());
    only_hoshis_commands(&both(&out));
}
