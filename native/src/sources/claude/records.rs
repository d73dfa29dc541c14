//! A file's usage records, stored compactly until the merge.
//!
//! Every file's records are held at once until the global deduplication, and half of them turn
//! out to be copies (streamed lines, resumed sessions), so their size is the engine's peak
//! memory. A record here is fixed-size numbers plus spans into one text buffer per file instead
//! of five owned strings: the model and the session, which repeat on nearly every line of a
//! file, are stored once per file, and the provider is derived from the model only for kept
//! records. The merge reads records back as borrowed [`ClaudeUsage`] values, exactly as mapped.

use super::line::Usage;
use super::mapping::ClaudeUsage;
use crate::fast_hash::hash_of;

/// How many distinct models and sessions per file are looked up before a value is simply
/// stored again: a file names a handful; past that, a linear search would cost more than it saves.
const INTERNED_MAX: usize = 16;

/// A stretch of [`Records::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    model: Span,
    session_id: Span,
    message_id: Option<Span>,
    request_id: Option<Span>,
    timestamp_ms: i64,
    tokens: Usage,
    reported_cost_picos: i64,
    sidechain: bool,
    cache_write_clamped: bool,
    hashes: KeyHashes,
}

/// The hashes of a record's deduplication keys, computed on the parse threads so that the
/// merge only compares: `message_id` alone, and (`message_id`, `request_id`).
/// Both are 0 for a record without `message.id`, which is never looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyHashes {
    pub message_id: u64,
    pub key: u64,
}

impl KeyHashes {
    pub fn of(usage: &ClaudeUsage) -> KeyHashes {
        match usage.message_id {
            Some(id) => KeyHashes {
                message_id: hash_of(id),
                key: hash_of(&(id, usage.request_id)),
            },
            None => KeyHashes::default(),
        }
    }
}

/// The records of one file, in line order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Records {
    records: Vec<Record>,
    text: String,
    /// Models and sessions already in `text`, for reuse.
    interned: Vec<Span>,
}

impl Records {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Appends a record.
    pub fn push(&mut self, usage: &ClaudeUsage) {
        let record = Record {
            model: self.interned(usage.model),
            session_id: self.interned(usage.session_id),
            message_id: usage.message_id.map(|id| self.stored(id)),
            request_id: usage.request_id.map(|id| self.stored(id)),
            timestamp_ms: usage.timestamp_ms,
            tokens: usage.tokens,
            reported_cost_picos: usage.reported_cost_picos,
            sidechain: usage.sidechain,
            cache_write_clamped: usage.cache_write_clamped,
            hashes: KeyHashes::of(usage),
        };
        self.records.push(record);
    }

    /// Gives back the memory reserved for records that never came (the file is complete).
    pub fn shrink_to_fit(&mut self) {
        self.records.shrink_to_fit();
        self.text.shrink_to_fit();
        self.interned = Vec::new();
    }

    /// Record `index`, as it was pushed.
    pub fn get(&self, index: usize) -> ClaudeUsage<'_> {
        let r = &self.records[index];
        ClaudeUsage {
            model: self.str(r.model),
            session_id: self.str(r.session_id),
            message_id: r.message_id.map(|s| self.str(s)),
            request_id: r.request_id.map(|s| self.str(s)),
            timestamp_ms: r.timestamp_ms,
            tokens: r.tokens,
            reported_cost_picos: r.reported_cost_picos,
            sidechain: r.sidechain,
            cache_write_clamped: r.cache_write_clamped,
        }
    }

    /// Record `index`'s key hashes ([`KeyHashes::of`] the record).
    pub fn hashes(&self, index: usize) -> KeyHashes {
        self.records[index].hashes
    }

    /// The records in order.
    pub fn iter(&self) -> impl Iterator<Item = ClaudeUsage<'_>> + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }

    fn str(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    fn stored(&mut self, value: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(value);
        Span {
            start,
            end: self.text.len(),
        }
    }

    /// `value`'s span, reusing an earlier copy of it when there is one.
    fn interned(&mut self, value: &str) -> Span {
        if let Some(&span) = self.interned.iter().find(|&&s| self.str(s) == value) {
            return span;
        }
        let span = self.stored(value);
        if self.interned.len() < INTERNED_MAX {
            self.interned.push(span);
        }
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage<'a>(model: &'a str, session: &'a str, id: Option<&'a str>) -> ClaudeUsage<'a> {
        ClaudeUsage {
            model,
            session_id: session,
            message_id: id,
            request_id: id.map(|_| "req"),
            timestamp_ms: 7,
            tokens: Usage {
                input: 1,
                output: 2,
                cache_read: 3,
                cache_write: 4,
                cache_write_1h: 5,
            },
            reported_cost_picos: -1,
            sidechain: true,
            cache_write_clamped: false,
        }
    }

    #[test]
    fn records_read_back_as_pushed_and_repeated_values_are_stored_once() {
        let mut records = Records::default();
        let pushed = [
            usage("opus", "s1", Some("msg_1")),
            usage("opus", "s1", None),
            usage("haiku", "s1", Some("msg_2")),
            usage("opus", "s2", Some("msg_1")),
        ];
        for u in &pushed {
            records.push(u);
        }
        records.shrink_to_fit();
        let back: Vec<_> = records.iter().collect();
        assert_eq!(back, pushed);
        let hashes: Vec<_> = (0..records.len()).map(|i| records.hashes(i)).collect();
        let expected: Vec<_> = pushed.iter().map(KeyHashes::of).collect();
        assert_eq!(hashes, expected);
        assert_eq!(hashes[1], KeyHashes::default());
        assert_eq!(hashes[0], hashes[3]);
        assert_eq!(records.text, "opuss1msg_1reqhaikumsg_2reqs2msg_1req");
    }

    #[test]
    fn past_the_interned_maximum_values_are_still_stored_right() {
        let mut records = Records::default();
        let sessions: Vec<String> = (0..INTERNED_MAX + 5).map(|i| format!("s{}", i)).collect();
        for s in sessions.iter().chain(sessions.iter()) {
            records.push(&usage("m", s, None));
        }
        let back: Vec<_> = records.iter().map(|u| u.session_id.to_string()).collect();
        let expected: Vec<_> = sessions.iter().chain(sessions.iter()).cloned().collect();
        assert_eq!(back, expected);
    }
}
