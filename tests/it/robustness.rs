//! Mutation testing of the whole validation pipeline in memory: thousands of damaged
//! versions of example-repo's files (bytes flipped, YAML punctuation inserted, lines
//! duplicated, moved or cut) never panic, and every error is located.

use crate::common;

use std::collections::HashMap;
use std::io;
use std::sync::Mutex;

use hoshi::source::{EvidenceEntry, Source};

/// A client held in memory; evidence files resolve to a fixed hash.
struct Memory(HashMap<String, Vec<u8>>);

impl Source for Memory {
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        Ok(self.0.get(rel).cloned())
    }
    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry> {
        Ok(match rel.len() % 3 {
            0 => EvidenceEntry::Missing,
            1 => EvidenceEntry::NotRegular,
            _ => EvidenceEntry::File {
                sha256: "0".repeat(64),
            },
        })
    }
}

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PUNCTUATION: &[&[u8]] = &[
    b":",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"!!str ",
    b"'",
    b"\"",
    b"|",
    b">",
    b"#",
    b"\t",
    b"\n",
    b"\r\n",
    b"---\n",
    b"? ",
    b"~",
    b"\xEF\xBB\xBF",
    b"\xff",
    b"\x82\xa0",
    b"  ",
    b"<<: ",
];

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..=rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            1 => {
                let p = PUNCTUATION[rng.below(PUNCTUATION.len())];
                bytes.splice(at..at, p.iter().copied());
            }
            2 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(300)).min(bytes.len());
                let copy: Vec<u8> = bytes[at..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            4 => bytes.truncate(at),
            _ => {
                let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
                let mut lines: Vec<Vec<u8>> = lines.into_iter().map(<[u8]>::to_vec).collect();
                if lines.len() > 1 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                *bytes = lines.join(&b'\n');
            }
        }
    }
}

#[test]
fn damaged_files_never_panic_and_errors_are_located() {
    let names = [
        "hoshi.yaml",
        "principles.yaml",
        "diagnosis.yaml",
        "policy.yaml",
        "evidence.yaml",
    ];
    let originals: HashMap<String, Vec<u8>> = names
        .iter()
        .map(|n| {
            let bytes =
                std::fs::read(common::root().join("example-repo").join(n)).expect("example file");
            ((*n).to_owned(), bytes)
        })
        .collect();
    // The damaged inputs come from one seeded sequence; they are then checked in parallel.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let rounds: Vec<(usize, &str, Vec<u8>)> = (0..4000)
        .map(|round| {
            let name = names[round % names.len()];
            let mut bytes = originals[name].clone();
            mutate(&mut rng, &mut bytes);
            (round, name, bytes)
        })
        .collect();
    let next = Mutex::new(rounds.iter());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let Some((round, name, damaged)) = next.lock().expect("rounds").next() else {
                        break;
                    };
                    if let Some(problem) = check(&originals, name, damaged) {
                        failures.lock().expect("failures").push(format!(
                            "round {round}: {problem} in\n{}",
                            String::from_utf8_lossy(damaged)
                        ));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures");
    failures.sort();
    assert_eq!(failures, Vec::<String>::new());
}

/// Validates example-repo with `damaged` in place of `name` and renders the result; what is
/// wrong, if anything.
fn check(originals: &HashMap<String, Vec<u8>>, name: &str, damaged: &[u8]) -> Option<String> {
    let whole_file = ["empty-file", "file-too-large", "missing-file"];
    let mut files = originals.clone();
    files.insert(name.to_owned(), damaged.to_vec());
    let Ok(v) = hoshi::validate::validate(&Memory(files)) else {
        return (name != "hoshi.yaml")
            .then(|| "only a missing hoshi.yaml stops validation".to_owned());
    };
    if let Some(f) = v.findings.iter().find(|f| {
        f.is_error() && f.pos.is_none() && !whole_file.contains(&f.code.as_str()) && f.file == name
    }) {
        return Some(format!("unlocated {f:?}"));
    }
    // The renderers cope with whatever was found.
    let style = hoshi::render::Style {
        lang: hoshi::lang::Lang::En,
        color: false,
        path_prefix: String::new(),
    };
    let _ = hoshi::render::validation::text(
        &v.findings,
        v.client.file_count(),
        |f| v.client.text(f),
        &style,
        false,
    );
    let _ = hoshi::render::json::validation(&v, hoshi::lang::Lang::Ja);
    None
}
