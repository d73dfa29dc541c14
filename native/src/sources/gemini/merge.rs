//! The cross-file rule (mirrors Java `source.gemini.SessionMerge`).
//!
//! One session can be recorded under two project folders (Gemini CLI moved from hash-named to
//! short-named project directories and kept the old copy), so each (session id, message id)
//! counts once, and the copy in the later file in record order wins and takes that file's
//! position. A file that states no session id, and a message without an id, are never matched
//! against other files: without both halves of the key nothing says two copies are the same
//! message.

use super::collector::SessionFile;
use crate::fast_hash::FastHashMap;
use crate::model::{Source, SourceResult};

/// `parsed` holds one entry per file, in record order; `None` where the file was unreadable.
pub fn merge(parsed: Vec<Option<SessionFile>>) -> SourceResult {
    let wins = winning_copies(&parsed);
    let mut wins = wins.into_iter();
    let mut result = SourceResult::empty(Source::Gemini);
    let stats = &mut result.stats;
    for file in parsed {
        let file = match file {
            Some(file) => file,
            None => {
                stats.files_unreadable += 1;
                continue;
            }
        };
        stats.files_read += 1;
        stats.records_parsed += file.records_parsed;
        stats.malformed += file.malformed;
        stats.duplicates += file.duplicates;
        for kept in file.kept {
            if wins.next() != Some(true) {
                stats.duplicates += 1;
                continue;
            }
            if kept.clamped {
                stats.malformed += 1;
            }
            result.messages.push(kept.message);
        }
    }
    result.stats.messages = result.messages.len() as u64;
    result
}

/// For every kept message of every readable file, in order: true when it is the copy that
/// counts (the last one of its (session id, message id), or one that cannot be matched).
fn winning_copies(parsed: &[Option<SessionFile>]) -> Vec<bool> {
    let last_file = last_file_of_each_message(parsed);
    let mut wins = Vec::new();
    for (i, file) in parsed.iter().enumerate() {
        let file = match file {
            Some(file) => file,
            None => continue,
        };
        for kept in &file.kept {
            wins.push(match (&file.session_id, &kept.message_id) {
                (Some(session), Some(id)) => last_file[&(session.as_str(), id.as_str())] == i,
                _ => true,
            });
        }
    }
    wins
}

/// For every (session id, message id), the index of the last file that holds it.
fn last_file_of_each_message(parsed: &[Option<SessionFile>]) -> FastHashMap<(&str, &str), usize> {
    let mut last_file = FastHashMap::default();
    for (i, file) in parsed.iter().enumerate() {
        let file = match file {
            Some(file) => file,
            None => continue,
        };
        let session = match &file.session_id {
            Some(session) => session.as_str(),
            None => continue,
        };
        for kept in &file.kept {
            if let Some(id) = &kept.message_id {
                last_file.insert((session, id.as_str()), i);
            }
        }
    }
    last_file
}

#[cfg(test)]
mod tests {
    use super::super::collector::Kept;
    use super::super::tokens::Tokens;
    use super::super::usage::Usage;
    use super::*;
    use crate::model::SourceStats;

    fn kept(message_id: Option<&str>, model: &str, clamped: bool) -> Kept {
        let usage = Usage {
            message_id: message_id.map(str::to_string),
            model: model.to_string(),
            timestamp_ms: 0,
            tokens: Tokens {
                input: 10,
                output: 1,
                ..Tokens::default()
            },
        };
        Kept {
            message_id: usage.message_id.clone(),
            message: usage.to_message("s"),
            clamped,
        }
    }

    fn file(session_id: Option<&str>, kept: Vec<Kept>) -> Option<SessionFile> {
        Some(SessionFile {
            session_id: session_id.map(str::to_string),
            kept,
            records_parsed: 1,
            malformed: 0,
            duplicates: 0,
        })
    }

    fn models(result: &SourceResult) -> Vec<&str> {
        result
            .messages
            .iter()
            .map(|m| m.model_id.as_str())
            .collect()
    }

    #[test]
    fn the_copy_in_the_later_file_wins_and_takes_its_position() {
        let result = merge(vec![
            file(Some("s1"), vec![kept(Some("m1"), "first-file", false)]),
            file(Some("s2"), vec![kept(Some("m9"), "between", false)]),
            file(Some("s1"), vec![kept(Some("m1"), "later-file", false)]),
        ]);
        assert_eq!(models(&result), ["between", "later-file"]);
        assert_eq!(result.stats.duplicates, 1);
        assert_eq!(result.stats.messages, 2);
    }

    #[test]
    fn the_same_message_id_in_another_session_is_another_message() {
        let result = merge(vec![
            file(Some("s1"), vec![kept(Some("m1"), "a", false)]),
            file(Some("s2"), vec![kept(Some("m1"), "b", false)]),
        ]);
        assert_eq!(models(&result), ["a", "b"]);
    }

    #[test]
    fn files_without_session_id_and_messages_without_id_are_not_matched() {
        let result = merge(vec![
            file(None, vec![kept(Some("m1"), "a", false)]),
            file(None, vec![kept(Some("m1"), "b", false)]),
            file(Some("s1"), vec![kept(None, "c", false)]),
            file(Some("s1"), vec![kept(None, "d", false)]),
        ]);
        assert_eq!(models(&result), ["a", "b", "c", "d"]);
        assert_eq!(result.stats.duplicates, 0);
    }

    #[test]
    fn a_clamped_message_is_counted_malformed_only_on_the_copy_kept() {
        let result = merge(vec![
            file(Some("s1"), vec![kept(Some("m1"), "a", true)]),
            file(Some("s1"), vec![kept(Some("m1"), "a", true)]),
        ]);
        assert_eq!(result.stats.malformed, 1);
        assert_eq!(result.stats.duplicates, 1);
        assert_eq!(result.messages.len(), 1);
    }

    #[test]
    fn unreadable_files_are_counted_and_skipped() {
        let result = merge(vec![
            None,
            Some(SessionFile {
                session_id: Some("s1".to_string()),
                kept: vec![kept(Some("m1"), "a", false)],
                records_parsed: 4,
                malformed: 2,
                duplicates: 3,
            }),
        ]);
        assert_eq!(
            result.stats,
            SourceStats {
                source: Source::Gemini,
                files_read: 1,
                files_unreadable: 1,
                records_parsed: 4,
                malformed: 2,
                duplicates: 3,
                messages: 1,
            }
        );
    }
}
