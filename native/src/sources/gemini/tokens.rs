//! The token counts of one message as Gemini writes them (mirrors Java `source.gemini.Tokens`):
//! `tokens.input` (which includes `cached`), `output`, `cached`, `thoughts` and `tool`.
//! `tokens.total` is not read: it is only the sum of the others.
//!
//! A count that is not an integer 0..2^63-1 is held as [`INVALID`] instead of failing the read,
//! because whether it matters is only known once the whole message is read: it makes a usage
//! record malformed, and means nothing on a message that is not usage. Missing or null counts
//! are 0.

use crate::json::{number, JsonReader, Kind, Malformed};

/// A count that broke the token rule; every real count is at least 0.
pub const INVALID: i64 = -1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tokens {
    pub input: i64,
    pub output: i64,
    pub cached: i64,
    pub thoughts: i64,
    pub tool: i64,
}

impl Tokens {
    /// True when every count is a valid token count.
    pub fn valid(&self) -> bool {
        self.input >= 0
            && self.output >= 0
            && self.cached >= 0
            && self.thoughts >= 0
            && self.tool >= 0
    }

    /// Reads the value of a `tokens` member. `None` when it is not an object (a member of an
    /// unexpected type counts as absent). A repeated count name: the last one wins.
    pub fn read(reader: &mut JsonReader) -> Result<Option<Tokens>, Malformed> {
        if reader.peek()? != Kind::Object {
            reader.skip_value()?;
            return Ok(None);
        }
        let mut tokens = Tokens::default();
        reader.begin_object()?;
        while reader.next_member()? {
            let slot = if reader.name_is("input") {
                &mut tokens.input
            } else if reader.name_is("output") {
                &mut tokens.output
            } else if reader.name_is("cached") {
                &mut tokens.cached
            } else if reader.name_is("thoughts") {
                &mut tokens.thoughts
            } else if reader.name_is("tool") {
                &mut tokens.tool
            } else {
                reader.skip_value()?;
                continue;
            };
            *slot = read_count(reader)?;
        }
        Ok(Some(tokens))
    }
}

/// One count: null is 0; a number must be a plain integer 0..2^63-1; anything else (a string, a
/// fraction, a negative) is [`INVALID`]. The value is always consumed, so the record's JSON
/// validity is still checked to its end; only bad JSON is an error.
fn read_count(reader: &mut JsonReader) -> Result<i64, Malformed> {
    match reader.peek()? {
        Kind::Null => {
            reader.read_null()?;
            Ok(0)
        }
        Kind::Number => {
            let literal = reader.read_number_text()?;
            Ok(number::non_negative_integer(literal.as_bytes()).unwrap_or(INVALID))
        }
        _ => {
            reader.skip_value()?;
            Ok(INVALID)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Option<Tokens> {
        let mut reader = JsonReader::new(json.as_bytes());
        let tokens = Tokens::read(&mut reader).unwrap();
        reader.end_record().unwrap();
        tokens
    }

    fn tokens(input: i64, output: i64, cached: i64, thoughts: i64, tool: i64) -> Tokens {
        Tokens {
            input,
            output,
            cached,
            thoughts,
            tool,
        }
    }

    #[test]
    fn reads_the_five_counts_and_ignores_total() {
        let read = read(
            r#"{"input":6625,"output":55,"cached":5573,"thoughts":194,"tool":7,"total":"not read"}"#,
        )
        .unwrap();
        assert_eq!(read, tokens(6625, 55, 5573, 194, 7));
        assert!(read.valid());
    }

    #[test]
    fn missing_and_null_counts_are_zero() {
        assert_eq!(
            read(r#"{"input":10,"cached":null}"#),
            Some(tokens(10, 0, 0, 0, 0))
        );
    }

    #[test]
    fn a_count_that_is_not_a_token_count_is_invalid() {
        for value in [
            "\"31\"",
            "31.0",
            "3e1",
            "-1",
            "-0",
            "true",
            "[31]",
            "{}",
            "9223372036854775808",
        ] {
            let read = read(&format!(r#"{{"input":1,"output":{},"thoughts":2}}"#, value)).unwrap();
            assert_eq!(read.output, INVALID, "{}", value);
            assert!(!read.valid());
            assert_eq!(read.thoughts, 2);
        }
    }

    #[test]
    fn the_largest_token_count_is_valid() {
        assert_eq!(
            read(r#"{"tool":9223372036854775807}"#).unwrap().tool,
            i64::MAX
        );
    }

    #[test]
    fn a_repeated_count_name_takes_the_last_value() {
        let read = read(r#"{"output":"x","output":12}"#).unwrap();
        assert_eq!(read.output, 12);
        assert!(read.valid());
    }

    #[test]
    fn tokens_that_are_not_an_object_are_absent() {
        for value in ["null", "12", "\"tokens\"", "[1,2]"] {
            assert_eq!(read(value), None, "{}", value);
        }
    }

    #[test]
    fn bad_json_inside_tokens_is_an_error() {
        let mut reader = JsonReader::new(br#"{"input":01}"#);
        assert!(Tokens::read(&mut reader).is_err());
    }
}
