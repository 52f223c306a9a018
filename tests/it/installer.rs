//! The action's installer (`scripts/install-hoshi.sh`) against a release server that the
//! test starts on 127.0.0.1: a GitHub-like API listing releases of several majors, release
//! archives packaged by `scripts/package-release.sh`, a release without its `.sha256`, one
//! without binaries, a tampered checksum and dropped connections. `cargo` is a stand-in
//! that records how it was called and "builds" a hoshi of the version it was asked for.
//!
//! The archives hold small scripts that print their version (so a test can tell which
//! release was installed), except where a test packages the real binary under test.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::common::root;

const TARGET: &str = "x86_64-unknown-linux-gnu";
const REPO: &str = "someone/hoshi";

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// How the server misbehaves.
#[derive(Clone, Copy, PartialEq)]
enum Fault {
    None,
    /// Every connection is closed as soon as the request is read (no answer at all).
    DropEverything,
    /// Downloads of this tag's assets stop after half the body.
    DropDownloadsOf(&'static str),
}

/// One release in the fake tree.
struct Release {
    tag: &'static str,
    binary: bool,
    checksum: bool,
    real: bool,
}

fn release(tag: &'static str) -> Release {
    Release {
        tag,
        binary: true,
        checksum: true,
        real: false,
    }
}

/// The releases a client sees: several majors, a pre-release, a release whose minor
/// number sorts wrongly as text (0.10 > 0.3), one without a checksum, one without binaries.
fn standard_tree() -> Vec<Release> {
    vec![
        release("v0.1.0"),
        Release {
            checksum: false,
            ..release("v0.2.0")
        },
        release("v0.3.1"),
        release("v0.3.2"),
        release("v0.10.2"),
        release("v0.11.0-rc.1"),
        release("v1.0.0"),
        release("v1.4.0"),
        Release {
            binary: false,
            ..release("v2.0.0")
        },
    ]
}

struct Server {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("log").clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Packages each release into `tmp/tree/TAG/` (a release without binaries is an empty
/// folder) and serves the tree.
fn start(tmp: &Path, releases: &[Release], fault: Fault) -> Server {
    package(tmp, releases);
    serve(tmp, fault)
}

fn package(tmp: &Path, releases: &[Release]) {
    let tree = tmp.join("tree");
    for r in releases {
        let dir = tree.join(r.tag);
        fs::create_dir_all(&dir).expect("release folder");
        if !r.binary {
            continue;
        }
        let binary = if r.real {
            real_binary(tmp)
        } else {
            let fake = tmp.join(format!("fake-{}", r.tag));
            fs::write(
                &fake,
                format!(
                    "#!/bin/sh\necho 'hoshi {}'\n",
                    r.tag.trim_start_matches('v')
                ),
            )
            .expect("fake binary");
            fs::set_permissions(&fake, fs::Permissions::from_mode(0o755)).expect("chmod");
            fake
        };
        let out = crate::common::shell("bash")
            .arg(root().join("scripts/package-release.sh"))
            .arg(TARGET)
            .arg(&binary)
            .env("DIST_DIR", &dir)
            .output()
            .expect("run package-release.sh");
        assert!(out.status.success(), "package {}: {}", r.tag, text(&out));
        if !r.checksum {
            fs::remove_file(dir.join(format!("hoshi-{TARGET}.tar.gz.sha256"))).expect("rm sha");
        }
    }
}

/// The binary under test without its debug information (a fifth of its size: the archive,
/// the download and the installed copy of it are all written to the temporary folder), or
/// the binary itself where there is no `strip`. The code is the same either way.
fn real_binary(tmp: &Path) -> PathBuf {
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_hoshi"));
    let stripped = tmp.join("hoshi-stripped");
    if stripped.is_file() {
        return stripped;
    }
    let out = Command::new("strip")
        .arg("-o")
        .arg(&stripped)
        .arg(&binary)
        .output();
    match out {
        Ok(out) if out.status.success() => stripped,
        _ => {
            eprintln!("note: no strip; packaging the binary with its debug information");
            binary
        }
    }
}

/// Serves `tmp/tree/TAG/*` as it is on disk, with a GitHub-like release list.
fn serve(tmp: &Path, fault: Fault) -> Server {
    let tree = tmp.join("tree");
    let mut tags: Vec<String> = fs::read_dir(&tree)
        .expect("tree")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for tag in &tags {
        for entry in fs::read_dir(tree.join(tag)).expect("release") {
            let entry = entry.expect("entry");
            files.insert(
                format!(
                    "/{REPO}/releases/download/{tag}/{}",
                    entry.file_name().to_string_lossy()
                ),
                fs::read(entry.path()).expect("asset"),
            );
        }
    }
    // The body mentions another tag the way a changelog would; it must not count as a
    // release.
    let list: Vec<serde_json::Value> = tags
        .iter()
        .rev()
        .map(|t| {
            serde_json::json!({
                "url": format!("https://api.example.invalid/releases/{t}"),
                "author": {"login": "release-bot", "id": 1},
                "tag_name": t,
                "name": format!("hoshi {t}"),
                "draft": false,
                "prerelease": t.contains('-'),
                "assets": [],
                "body": "Changes since \"tag_name\": \"v9.9.9\", see the notes",
            })
        })
        .collect();
    files.insert(
        format!("/api/repos/{REPO}/releases?per_page=100"),
        serde_json::to_vec_pretty(&list).expect("json"),
    );

    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("address");
    let requests = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let (log, halt) = (Arc::clone(&requests), Arc::clone(&stop));
    let thread = std::thread::spawn(move || {
        for stream in listener.incoming() {
            if halt.load(Ordering::SeqCst) {
                break;
            }
            let Ok(stream) = stream else { continue };
            answer(stream, &files, fault, &log);
        }
    });
    Server {
        addr,
        requests,
        stop,
        thread: Some(thread),
    }
}

fn answer(
    mut stream: TcpStream,
    files: &BTreeMap<String, Vec<u8>>,
    fault: Fault,
    log: &Mutex<Vec<String>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let path = head.split(' ').nth(1).unwrap_or("").to_owned();
    let auth = head
        .lines()
        .any(|l| l.to_ascii_lowercase().starts_with("authorization:"));
    log.lock()
        .expect("log")
        .push(format!("{path}{}", if auth { " (token)" } else { "" }));
    if fault == Fault::DropEverything {
        return;
    }
    let Some(body) = files.get(&path) else {
        let _ = stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nNot Found",
        );
        return;
    };
    let header = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    if let Fault::DropDownloadsOf(tag) = fault
        && path.contains(&format!("/download/{tag}/"))
    {
        let _ = stream.write_all(&body[..body.len() / 2]);
        return;
    }
    let _ = stream.write_all(body);
}

struct Run {
    out: Output,
    bin: PathBuf,
    path_file: String,
    output_file: String,
    cargo_args: Option<String>,
}

impl Run {
    fn log(&self) -> String {
        text(&self.out)
    }
    fn installed_version(&self) -> String {
        let out = Command::new(self.bin.join("hoshi"))
            .arg("--version")
            .output()
            .expect("run the installed hoshi");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
}

/// Runs the installer as the composite action does, against `api` and `server`.
fn install(tmp: &Path, api: &str, server: &str, envs: &[(&str, &str)]) -> Run {
    let run_dir = tempfile::tempdir_in(tmp).expect("run folder").keep();
    let runner_temp = run_dir.join("runner");
    fs::create_dir_all(&runner_temp).expect("runner temp");
    let fake = run_dir.join("fake-bin");
    fs::create_dir_all(&fake).expect("fake bin");
    let cargo = fake.join("cargo");
    fs::write(
        &cargo,
        format!(
            "#!/usr/bin/env bash\necho \"$*\" > '{}'\n\
             root=; tag=\nwhile [ $# -gt 0 ]; do case \"$1\" in --root) root=$2; shift;; --tag) tag=$2; shift;; esac; shift; done\n\
             mkdir -p \"$root/bin\"\nprintf '#!/bin/sh\\necho hoshi %s\\n' \"${{tag#v}}\" > \"$root/bin/hoshi\"\nchmod +x \"$root/bin/hoshi\"\n",
            run_dir.join("cargo-args").display()
        ),
    )
    .expect("write fake cargo");
    fs::set_permissions(&cargo, fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!(
        "{}:{}",
        fake.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = crate::common::shell("bash");
    cmd.arg(root().join("scripts/install-hoshi.sh"))
        .env("PATH", path)
        .env("HOSHI_REPO", REPO)
        .env("HOSHI_ACTION_REF", "v0")
        .env("HOSHI_VERSION", "")
        .env("GITHUB_API_URL", format!("{api}/api"))
        .env("GITHUB_SERVER_URL", server)
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .env("RUNNER_TEMP", &runner_temp)
        .env("GITHUB_PATH", run_dir.join("github-path"))
        .env("GITHUB_OUTPUT", run_dir.join("github-output"))
        .env_remove("HOSHI_ALLOW_UNVERIFIED")
        .env_remove("HOSHI_TOKEN")
        .env_remove("GITHUB_ACTION_PATH")
        .env_remove("GITHUB_REPOSITORY");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run install-hoshi.sh");
    Run {
        out,
        bin: runner_temp.join("hoshi/bin"),
        path_file: fs::read_to_string(run_dir.join("github-path")).unwrap_or_default(),
        output_file: fs::read_to_string(run_dir.join("github-output")).unwrap_or_default(),
        cargo_args: fs::read_to_string(run_dir.join("cargo-args")).ok(),
    }
}

/// What the installer needs: curl, tar, and sha256sum or (macOS) `shasum`.
fn ready() -> bool {
    let runs = |t: &str| {
        Command::new(t)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let ok = runs("curl") && runs("tar") && (runs("sha256sum") || runs("shasum"));
    assert!(
        ok || std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_none(),
        "curl, tar and sha256sum (or shasum) are required"
    );
    if !ok {
        eprintln!("note: curl, tar or sha256sum missing; installer tests skipped");
    }
    ok
}

#[test]
fn a_major_ref_installs_the_newest_release_of_that_major_only() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let server = start(tmp.path(), &standard_tree(), Fault::None);
    let url = server.url();
    // (what the action ref or the version input says, what must be installed)
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&[("HOSHI_ACTION_REF", "v0")], "0.10.2"),
        (&[("HOSHI_ACTION_REF", "v1")], "1.4.0"),
        (&[("HOSHI_ACTION_REF", "v0.3")], "0.3.2"),
        (&[("HOSHI_ACTION_REF", "v0.3.1")], "0.3.1"),
        (
            &[("HOSHI_VERSION", "0.3.1"), ("HOSHI_ACTION_REF", "v1")],
            "0.3.1",
        ),
        (&[("HOSHI_VERSION", "v0.11.0-rc.1")], "0.11.0-rc.1"),
        (&[("HOSHI_VERSION", "v1")], "1.4.0"),
    ];
    for (envs, want) in cases {
        let run = install(tmp.path(), &url, &url, envs);
        let log = run.log();
        assert!(run.out.status.success(), "{envs:?}: {log}");
        assert_eq!(
            run.installed_version(),
            format!("hoshi {want}"),
            "{envs:?}: {log}"
        );
        assert!(log.contains("sha256 verified"), "{envs:?}: {log}");
        assert!(run.cargo_args.is_none(), "{envs:?}: built: {log}");
        assert!(
            run.path_file.lines().any(|l| Path::new(l) == run.bin),
            "{envs:?}: {}",
            run.path_file
        );
        assert!(
            run.output_file.ends_with(&format!("version={want}\n")),
            "{envs:?}: {}",
            run.output_file
        );
    }
    let requests = server.requests();
    assert!(
        requests.iter().all(|r| !r.contains("latest")),
        "asked for releases/latest: {requests:?}"
    );
    assert!(
        requests
            .iter()
            .any(|r| r == &format!("/{REPO}/releases/download/v0.10.2/hoshi-{TARGET}.tar.gz")),
        "{requests:?}"
    );
}

#[test]
fn latest_means_the_newest_release_of_any_major_and_only_when_asked() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let tree = vec![release("v0.9.0"), release("v1.4.0"), release("v1.5.0-rc.1")];
    let server = start(tmp.path(), &tree, Fault::None);
    let run = install(
        tmp.path(),
        &server.url(),
        &server.url(),
        &[("HOSHI_VERSION", "latest"), ("HOSHI_TOKEN", "t0ken")],
    );
    assert!(run.out.status.success(), "{}", run.log());
    assert_eq!(run.installed_version(), "hoshi 1.4.0");
    // The token goes to the API, never to the download server.
    let requests = server.requests();
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with("/api/") && r.ends_with("(token)")),
        "{requests:?}"
    );
    assert!(
        requests
            .iter()
            .all(|r| r.starts_with("/api/") || !r.ends_with("(token)")),
        "{requests:?}"
    );
}

#[test]
fn the_real_release_binary_installs_and_works() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let tree = vec![
        Release {
            real: true,
            ..release("v0.1.0")
        },
        release("v0.3.1"),
    ];
    let server = start(tmp.path(), &tree, Fault::None);
    let run = install(
        tmp.path(),
        &server.url(),
        &server.url(),
        &[("HOSHI_ACTION_REF", "v0.1.0")],
    );
    assert!(run.out.status.success(), "{}", run.log());
    assert_eq!(run.installed_version(), "hoshi 0.1.0");
    let out = Command::new(run.bin.join("hoshi"))
        .args(["validate", "--lang", "en", "--repo"])
        .arg(root().join("example-repo"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run installed hoshi");
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn a_commit_ref_installs_the_version_of_that_checkout() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    // The checkout's Cargo.toml names this crate's version; that release is the one to
    // install (its stand-in binary prints that version).
    let tag: &'static str = Box::leak(format!("v{}", env!("CARGO_PKG_VERSION")).into_boxed_str());
    let tree = vec![release(tag), release("v9.0.0")];
    let server = start(tmp.path(), &tree, Fault::None);
    for action_ref in ["0123456789abcdef0123456789abcdef01234567", "main"] {
        let run = install(
            tmp.path(),
            &server.url(),
            &server.url(),
            &[("HOSHI_ACTION_REF", action_ref)],
        );
        assert!(run.out.status.success(), "{action_ref}: {}", run.log());
        assert_eq!(
            run.installed_version(),
            format!("hoshi {}", env!("CARGO_PKG_VERSION")),
            "{action_ref}"
        );
        assert!(run.log().contains("Cargo.toml"), "{}", run.log());
    }
    // The action path names the ref when github.action_ref is empty (the runner checks
    // actions out as `_actions/OWNER/REPO/REF`).
    let action_path = tmp.path().join("_actions/someone/hoshi/v9");
    let action_path = action_path.to_string_lossy();
    let run = install(
        tmp.path(),
        &server.url(),
        &server.url(),
        &[
            ("HOSHI_ACTION_REF", ""),
            ("HOSHI_REPO", ""),
            ("GITHUB_ACTION_PATH", &action_path),
        ],
    );
    assert!(run.out.status.success(), "{}", run.log());
    assert_eq!(run.installed_version(), "hoshi 9.0.0");
}

#[test]
fn a_release_without_its_checksum_is_refused_unless_the_user_opts_out() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let server = start(tmp.path(), &standard_tree(), Fault::None);
    let url = server.url();
    let run = install(tmp.path(), &url, &url, &[("HOSHI_ACTION_REF", "v0.2.0")]);
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(
        log.contains("::error") && log.contains("publishes no") && log.contains("allow-unverified"),
        "{log}"
    );
    assert!(!run.bin.join("hoshi").exists(), "installed anyway: {log}");
    assert!(run.cargo_args.is_none(), "built instead: {log}");
    assert!(run.path_file.is_empty());

    let run = install(
        tmp.path(),
        &url,
        &url,
        &[
            ("HOSHI_ACTION_REF", "v0.2.0"),
            ("HOSHI_ALLOW_UNVERIFIED", "true"),
        ],
    );
    let log = run.log();
    assert!(run.out.status.success(), "{log}");
    assert!(
        log.contains("::warning") && log.contains("unverified"),
        "{log}"
    );
    assert_eq!(run.installed_version(), "hoshi 0.2.0");

    let run = install(
        tmp.path(),
        &url,
        &url,
        &[
            ("HOSHI_ACTION_REF", "v0.2.0"),
            ("HOSHI_ALLOW_UNVERIFIED", "yes"),
        ],
    );
    assert_eq!(run.out.status.code(), Some(1), "{}", run.log());
}

#[test]
fn a_tampered_binary_is_refused_and_nothing_is_built() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    package(tmp.path(), &[release("v0.3.1")]);
    let sum = tmp
        .path()
        .join(format!("tree/v0.3.1/hoshi-{TARGET}.tar.gz.sha256"));
    fs::write(&sum, format!("{}  hoshi-{TARGET}.tar.gz\n", "0".repeat(64))).expect("tamper");
    let server = serve(tmp.path(), Fault::None);
    let run = install(tmp.path(), &server.url(), &server.url(), &[]);
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(
        log.contains("::error") && log.contains("does not match"),
        "{log}"
    );
    assert!(!run.bin.join("hoshi").exists(), "installed anyway");
    assert!(run.cargo_args.is_none(), "fell back to building: {log}");
}

#[test]
fn a_release_without_a_binary_for_the_runner_builds_its_tag_with_locked() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let server = start(tmp.path(), &standard_tree(), Fault::None);
    let url = server.url();
    let run = install(tmp.path(), &url, &url, &[("HOSHI_ACTION_REF", "v2")]);
    let log = run.log();
    assert!(run.out.status.success(), "{log}");
    let root_dir = run.bin.parent().expect("root").display().to_string();
    assert_eq!(
        run.cargo_args.as_deref().map(str::trim),
        Some(
            format!("install --locked --root {root_dir} --git {url}/{REPO} --tag v2.0.0 hoshi")
                .as_str()
        ),
        "{log}"
    );
    assert_eq!(run.installed_version(), "hoshi 2.0.0");

    // A runner with no release binary at all builds the resolved tag too, never a branch.
    let run = install(
        tmp.path(),
        &url,
        &url,
        &[("HOSHI_ACTION_REF", "v1"), ("RUNNER_ARCH", "RISCV64")],
    );
    assert!(run.out.status.success(), "{}", run.log());
    let args = run.cargo_args.unwrap_or_default();
    assert!(
        args.contains("--locked") && args.contains("--tag v1.4.0"),
        "{args}"
    );
}

#[test]
fn an_unknown_version_fails_and_builds_nothing() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let server = start(tmp.path(), &standard_tree(), Fault::None);
    let url = server.url();
    for (envs, says) in [
        (&[("HOSHI_ACTION_REF", "v7")][..], "no release matching v7"),
        (&[("HOSHI_VERSION", "v0.4.0")][..], "no release v0.4.0"),
        (&[("HOSHI_VERSION", "v1; rm -rf /")][..], "version must be"),
        (&[("HOSHI_VERSION", "main")][..], "version must be"),
    ] {
        let run = install(tmp.path(), &url, &url, envs);
        let log = run.log();
        assert_eq!(run.out.status.code(), Some(1), "{envs:?}: {log}");
        assert!(log.contains(says), "{envs:?}: {log}");
        assert!(run.cargo_args.is_none(), "{envs:?}: built: {log}");
        assert!(!run.bin.join("hoshi").exists(), "{envs:?}");
    }
}

#[test]
fn a_network_failure_is_reported_as_one_and_nothing_is_built() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    // The API drops every connection.
    let dropping = start(tmp.path(), &[release("v0.3.1")], Fault::DropEverything);
    let run = install(tmp.path(), &dropping.url(), &dropping.url(), &[]);
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(log.contains("network failure"), "{log}");
    assert!(!log.contains("no release"), "{log}");
    assert!(run.cargo_args.is_none(), "{log}");

    // Nothing listens at all.
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("address")
    };
    let run = install(
        tmp.path(),
        &format!("http://{closed}"),
        &format!("http://{closed}"),
        &[],
    );
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(log.contains("network failure"), "{log}");
    assert!(run.cargo_args.is_none(), "{log}");

    // The download stops halfway: a network failure, not a missing asset, and no build.
    let tmp2 = tempfile::tempdir().expect("temp dir");
    let halfway = start(
        tmp2.path(),
        &[release("v0.3.1"), release("v0.4.0")],
        Fault::DropDownloadsOf("v0.4.0"),
    );
    let run = install(tmp2.path(), &halfway.url(), &halfway.url(), &[]);
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(log.contains("network failure"), "{log}");
    assert!(!log.contains("has no asset"), "{log}");
    assert!(run.cargo_args.is_none(), "{log}");
    assert!(!run.bin.join("hoshi").exists());
}

#[test]
fn only_https_or_this_machine_is_downloaded_from() {
    if !ready() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let run = install(
        tmp.path(),
        "http://example.invalid",
        "http://example.invalid",
        &[],
    );
    let log = run.log();
    assert_eq!(run.out.status.code(), Some(1), "{log}");
    assert!(log.contains("only https"), "{log}");
}
