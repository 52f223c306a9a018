//! Summaries kept between runs of `history --commits`, in the user's cache folder
//! ([`Store`]).
//!
//! A commit's summary follows from its client subtree (a git tree id names every byte of
//! every file in it) and the day it is judged as of, so a summary worked out once holds for
//! that subtree and day whatever repository or commit it is met in again. One entry per
//! repository and client folder holds the summaries of the subtrees its last run met, so
//! it never grows beyond the history it was made for. The entry says which build made it:
//! work of one build is never taken by another.

use git2::Oid;
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

use crate::evaluate::evaluation::Evaluation;
use crate::history::repo::Repo;
use crate::source::hex;
use crate::write::cache::Store;

/// What one evaluation contributes to a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub level: u8,
    pub score: Option<i32>,
    pub declared: Option<u8>,
    pub scs: Option<(usize, usize)>,
}

impl Summary {
    pub fn of(e: &Evaluation) -> Summary {
        let s = &e.status;
        Summary {
            level: s.eligibility.level,
            score: s.score.as_ref().map(|x| x.total),
            declared: s.declaration.as_ref().map(|d| d.level),
            scs: s.scs_readiness().map(|r| (r.met(), r.total())),
        }
    }
}

/// What an entry starts with, before the build that made it and a newline.
const FORMAT: &[u8] = b"hoshi history summaries 1\n";
/// Bytes of one record (see [`encode`]).
const RECORD: usize = 40;

/// A summary by client subtree and day; `None`: no client there.
pub type Summaries = FxHashMap<(Oid, Date), Option<Summary>>;

/// The kept summaries of one repository's client folder.
pub struct Kept {
    store: Store,
    name: String,
    pub summaries: Summaries,
}

impl Kept {
    /// The entry of `repo`'s client folder in the user's cache; `None` without a cache.
    pub fn open(repo: &Repo) -> Option<Kept> {
        Some(Kept::in_store(Store::open("history")?, repo))
    }

    /// The entry of `repo`'s client folder in `store`.
    fn in_store(store: Store, repo: &Repo) -> Kept {
        let git_dir = repo.repo.path();
        let git_dir = git_dir
            .canonicalize()
            .unwrap_or_else(|_| git_dir.to_owned());
        let mut h = Sha256::new();
        h.update(git_dir.as_os_str().as_encoded_bytes());
        h.update([0]);
        h.update(repo.prefix.as_bytes());
        let name = hex(&h.finalize());
        let summaries = store
            .read(&name)
            .and_then(|bytes| decode(&bytes, store.build()))
            .unwrap_or_default();
        Kept {
            store,
            name,
            summaries,
        }
    }

    /// Replaces the entry with `summaries`: those of the subtrees this run met.
    pub fn replace(&self, summaries: &Summaries) {
        let mut bytes = Vec::with_capacity(FORMAT.len() + 64 + summaries.len() * RECORD);
        bytes.extend_from_slice(FORMAT);
        bytes.extend_from_slice(self.store.build().as_bytes());
        bytes.push(b'\n');
        for (&(subtree, day), summary) in summaries {
            encode(&mut bytes, subtree, day, summary.as_ref());
        }
        self.store.write(&self.name, &bytes);
    }
}

/// One record, little-endian: the subtree id (20 bytes), the day (year i16, month, day),
/// which parts there are (bit 0: a client, 1: a score, 2: a declaration, 3: ★3 counts),
/// the level, the declared level, a zero byte, the score (i32), the ★3 criteria met and
/// their total (u32 each).
fn encode(out: &mut Vec<u8>, subtree: Oid, day: Date, summary: Option<&Summary>) {
    out.extend_from_slice(subtree.as_bytes());
    out.extend_from_slice(&day.year().to_le_bytes());
    out.push(day.month().unsigned_abs());
    out.push(day.day().unsigned_abs());
    let Some(s) = summary else {
        out.extend_from_slice(&[0; RECORD - 24]);
        return;
    };
    let flags = 1
        | u8::from(s.score.is_some()) << 1
        | u8::from(s.declared.is_some()) << 2
        | u8::from(s.scs.is_some()) << 3;
    let (met, total) = s.scs.unwrap_or_default();
    out.extend_from_slice(&[flags, s.level, s.declared.unwrap_or(0), 0]);
    out.extend_from_slice(&s.score.unwrap_or(0).to_le_bytes());
    out.extend_from_slice(&u32::try_from(met).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&u32::try_from(total).unwrap_or(u32::MAX).to_le_bytes());
}

/// The summaries of an entry made by `build`; `None` for an entry of another build or
/// format, or one that is not whole.
fn decode(bytes: &[u8], build: &str) -> Option<Summaries> {
    let rest = bytes.strip_prefix(FORMAT)?;
    let rest = rest.strip_prefix(build.as_bytes())?.strip_prefix(b"\n")?;
    if rest.len() % RECORD != 0 {
        return None;
    }
    let mut out = Summaries::default();
    out.reserve(rest.len() / RECORD);
    for r in rest.chunks_exact(RECORD) {
        let u32_at = |i: usize| u32::from_le_bytes([r[i], r[i + 1], r[i + 2], r[i + 3]]);
        let subtree = Oid::from_bytes(&r[..20]).ok()?;
        let year = i16::from_le_bytes([r[20], r[21]]);
        let day = Date::new(year, i8::try_from(r[22]).ok()?, i8::try_from(r[23]).ok()?).ok()?;
        let flags = r[24];
        let summary = (flags & 1 != 0).then(|| Summary {
            level: r[25],
            declared: (flags & 4 != 0).then_some(r[26]),
            score: (flags & 2 != 0).then(|| u32_at(28).cast_signed()),
            scs: (flags & 8 != 0).then(|| (u32_at(32) as usize, u32_at(36) as usize)),
        });
        out.insert((subtree, day), summary);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_record_reads_back_as_written_and_another_build_reads_nothing() {
        let mut summaries = Summaries::default();
        let a = Oid::from_str("0123456789abcdef0123456789abcdef01234567").expect("oid");
        let b = Oid::from_str("89abcdef0123456789abcdef0123456789abcdef").expect("oid");
        let full = Summary {
            level: 2,
            score: Some(-3),
            declared: Some(1),
            scs: Some((44, 81)),
        };
        let bare = Summary {
            level: 0,
            score: None,
            declared: None,
            scs: None,
        };
        summaries.insert((a, date(2026, 11, 26)), Some(full));
        summaries.insert((a, date(2026, 11, 27)), Some(bare));
        summaries.insert((b, date(1999, 1, 1)), None);
        let mut bytes = FORMAT.to_vec();
        bytes.extend_from_slice(b"build 1\n");
        for (&(t, d), s) in &summaries {
            encode(&mut bytes, t, d, s.as_ref());
        }
        assert_eq!(decode(&bytes, "build 1"), Some(summaries));
        assert_eq!(decode(&bytes, "build 2"), None);
        assert_eq!(
            decode(&bytes[..bytes.len() - 1], "build 1"),
            None,
            "a torn entry"
        );
    }
}
