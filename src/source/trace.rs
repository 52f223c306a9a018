//! A trace of what a [`Source`] answered, so that work done on a client can be reused while
//! the client's files still answer the same.
//!
//! Whatever hoshi works out about a client follows from the answers of its source, in the
//! order they were asked (and from the day, which a user of the trace keeps beside it).
//! [`Traced`] records each question with a sha256 of its answer; [`replays`] asks the same
//! questions again and tells whether every answer is the same. If it is, the work would
//! ask the same questions and get the same answers again, so its result is the same.

use std::io;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::source::{EvidenceEntry, Source, hex};

/// One question to a source and what it answered. An answer that was an error is never
/// recorded: a trace with one is not kept ([`Traced::finish`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "kebab-case")]
pub enum Step {
    /// [`Source::read`]: the sha256 of the bytes, `None` when the file was absent.
    Read { rel: String, sha256: Option<String> },
    /// [`Source::evidence`].
    Evidence { rel: String, entry: EvidenceEntry },
    /// [`Source::content_id`], as hex.
    ContentId { rel: String, id: Option<String> },
}

/// A source that records every answer of the one it wraps.
pub struct Traced<'a> {
    inner: &'a dyn Source,
    steps: Mutex<Option<Vec<Step>>>,
}

impl<'a> Traced<'a> {
    pub fn new(inner: &'a dyn Source) -> Traced<'a> {
        Traced {
            inner,
            steps: Mutex::new(Some(Vec::new())),
        }
    }

    /// The answers in the order they were given; `None` when one was an error, which a
    /// later run could answer otherwise without its files changing.
    pub fn finish(self) -> Option<Vec<Step>> {
        self.steps.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn record(&self, step: Option<Step>) {
        let mut steps = self.steps.lock().unwrap_or_else(|e| e.into_inner());
        match step {
            Some(step) => {
                if let Some(s) = steps.as_mut() {
                    s.push(step);
                }
            }
            None => *steps = None,
        }
    }
}

fn read_step(rel: &str, answer: &io::Result<Option<Vec<u8>>>) -> Option<Step> {
    let sha256 = answer
        .as_ref()
        .ok()?
        .as_ref()
        .map(|b| hex(&Sha256::digest(b)));
    Some(Step::Read {
        rel: rel.to_owned(),
        sha256,
    })
}

fn evidence_step(rel: &str, answer: &io::Result<EvidenceEntry>) -> Option<Step> {
    Some(Step::Evidence {
        rel: rel.to_owned(),
        entry: answer.as_ref().ok()?.clone(),
    })
}

fn content_id_step(rel: &str, id: Option<&[u8]>) -> Step {
    Step::ContentId {
        rel: rel.to_owned(),
        id: id.map(hex),
    }
}

impl Source for Traced<'_> {
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        let answer = self.inner.read(rel);
        self.record(read_step(rel, &answer));
        answer
    }

    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry> {
        let answer = self.inner.evidence(rel);
        self.record(evidence_step(rel, &answer));
        answer
    }

    fn evidence_all(&self, rels: &[Option<&str>]) -> Vec<Option<io::Result<EvidenceEntry>>> {
        let answers = self.inner.evidence_all(rels);
        for (rel, answer) in rels.iter().zip(&answers) {
            if let (Some(rel), Some(answer)) = (rel, answer) {
                self.record(evidence_step(rel, answer));
            }
        }
        answers
    }

    fn content_id(&self, rel: &str) -> Option<Vec<u8>> {
        let id = self.inner.content_id(rel);
        self.record(Some(content_id_step(rel, id.as_deref())));
        id
    }
}

/// Whether `source` answers every question of `steps` as it was answered. Evidence
/// questions in a row are asked together, so a long register is hashed in parallel as it
/// was the first time.
pub fn replays(steps: &[Step], source: &dyn Source) -> bool {
    let mut i = 0;
    while let Some(step) = steps.get(i) {
        match step {
            Step::Read { rel, .. } => {
                if read_step(rel, &source.read(rel)).as_ref() != Some(step) {
                    return false;
                }
                i += 1;
            }
            Step::ContentId { rel, .. } => {
                if content_id_step(rel, source.content_id(rel).as_deref()) != *step {
                    return false;
                }
                i += 1;
            }
            Step::Evidence { .. } => {
                // The run of evidence questions starting here, asked in one call.
                let rels: Vec<Option<&str>> = steps[i..]
                    .iter()
                    .map_while(|s| match s {
                        Step::Evidence { rel, .. } => Some(Some(rel.as_str())),
                        _ => None,
                    })
                    .collect();
                let asked = &steps[i..i + rels.len()];
                let answers = source.evidence_all(&rels);
                let again = rels
                    .iter()
                    .zip(&answers)
                    .map(|(rel, a)| rel.zip(a.as_ref()).and_then(|(r, a)| evidence_step(r, a)));
                if answers.len() != asked.len() || !again.eq(asked.iter().cloned().map(Some)) {
                    return false;
                }
                i += asked.len();
            }
        }
    }
    true
}
