//! A strict, pull-style JSON reader over one record's bytes: a JSONL line or a whole JSON file
//! (mirrors Java `scan.JsonReader`; `string` mirrors `scan.JsonString`, `utf8` `scan.Utf8`,
//! `number` `scan.NumberText`).
//!
//! The contract (SPEC §2) calls a record malformed when it is not RFC 8259 JSON with valid
//! Unicode, and both engines must reach the same verdict on every byte, so the grammar is written
//! out here exactly as in Java (vectors in `testdata/json/`):
//!
//! * whitespace is space, tab, LF, CR; one UTF-8 byte-order mark may open the record (before any
//!   whitespace);
//! * strings must be valid UTF-8 (the rules of `str::from_utf8`) with no raw control characters
//!   (U+0000–U+001F); `\u` escapes must pair surrogates correctly (a high one immediately followed
//!   by an escaped low one);
//! * numbers follow the RFC grammar exactly (no leading zeros, no NaN/Infinity, no `+`), see
//!   [`number::scan_json_number`];
//! * nesting deeper than [`MAX_DEPTH`] is malformed (keeps both readers off the stack's edge);
//! * after the value only whitespace may follow.
//!
//! Every method returns [`Malformed`] when the bytes break a rule, and never panics on any input.
//! Calling a method where the grammar does not allow it (say [`JsonReader::next_member`] inside an
//! array) is a bug in the caller and panics, as Java throws `IllegalStateException`.
//!
//! Usage: read the top-level value with the pull methods (skip what is not needed with
//! [`JsonReader::skip_value`]), iterate containers until `next_member`/`next_element` return
//! false, then call [`JsonReader::end_record`]. Stopping early leaves the rest of the record
//! unchecked, and `end_record` then reports it as malformed. Nothing is decoded or allocated
//! unless asked for: a skipped value is only validated.

mod malformed;
pub mod number;
mod string;
mod utf8;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;

pub use malformed::Malformed;
use std::borrow::Cow;

/// Deepest nesting accepted, counted in open objects and arrays.
pub const MAX_DEPTH: usize = 512;

/// What the next value is, without consuming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// The pull reader over one record (Java `scan.JsonReader`).
pub struct JsonReader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Open containers; their kinds are in `object_bits`.
    depth: usize,
    /// Start and end (exclusive) of the last member name's raw bytes, between the quotes.
    name_start: usize,
    name_end: usize,
    name_has_escape: bool,
    /// True right after a container opened: its first member or element needs no comma. Closing
    /// a container sets it to false, because the enclosing container has then had an entry.
    first: bool,
    /// Kinds of the open containers, one bit per depth (1 = object): needed to match closing
    /// brackets while skipping, and to know whether a comma introduces a member name.
    object_bits: [u64; MAX_DEPTH / 64],
}

impl<'a> JsonReader<'a> {
    /// A reader over one whole record; a leading UTF-8 byte-order mark is skipped.
    pub fn new(record: &'a [u8]) -> JsonReader<'a> {
        let pos = if record.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        JsonReader {
            buf: record,
            pos,
            depth: 0,
            name_start: 0,
            name_end: 0,
            name_has_escape: false,
            first: false,
            object_bits: [0; MAX_DEPTH / 64],
        }
    }

    /// The kind of the next value; skips leading whitespace.
    pub fn peek(&mut self) -> Result<Kind, Malformed> {
        self.skip_whitespace();
        let b = match self.buf.get(self.pos) {
            Some(&b) => b,
            None => return Err(self.fail("unexpected end of record")),
        };
        Ok(match b {
            b'{' => Kind::Object,
            b'[' => Kind::Array,
            b'"' => Kind::String,
            b't' => Kind::True,
            b'f' => Kind::False,
            b'n' => Kind::Null,
            b'-' | b'0'..=b'9' => Kind::Number,
            _ => return Err(self.fail("unexpected character")),
        })
    }

    pub fn begin_object(&mut self) -> Result<(), Malformed> {
        self.expect_start(b'{', "expected '{'")?;
        self.enter_container()
    }

    /// Moves to the next member of the current object and reads its name; false when the object
    /// ends (the closing brace is consumed). Use [`name_is`](Self::name_is) or
    /// [`name`](Self::name) afterwards, then read or skip the value.
    pub fn next_member(&mut self) -> Result<bool, Malformed> {
        self.require_inside(true, "next_member");
        if !self.step(b'}')? {
            return Ok(false);
        }
        self.expect_name_quote()?;
        self.name_start = self.pos;
        let (end, escaped) = string::scan_noting_escapes(self.buf, self.pos)?;
        self.pos = end;
        self.name_end = end - 1;
        self.name_has_escape = escaped;
        self.expect_colon()?;
        Ok(true)
    }

    /// True when the current member's name, after decoding escapes, equals `key`. An unescaped
    /// name is compared byte by byte, without decoding.
    #[inline(always)]
    pub fn name_is(&self, key: &str) -> bool {
        if self.name_has_escape {
            return self.name_str() == key;
        }
        self.raw_name() == key.as_bytes()
    }

    /// The current member's name, decoded.
    pub fn name(&self) -> String {
        self.name_str().into_owned()
    }

    /// The current member's name, decoded; borrowed from the record when it has no escape.
    pub fn name_str(&self) -> Cow<'a, str> {
        string::decode(self.raw_name(), self.name_has_escape)
    }

    pub fn begin_array(&mut self) -> Result<(), Malformed> {
        self.expect_start(b'[', "expected '['")?;
        self.enter_container()
    }

    /// Moves to the next element of the current array; false when the array ends.
    pub fn next_element(&mut self) -> Result<bool, Malformed> {
        self.require_inside(false, "next_element");
        self.step(b']')
    }

    /// Reads a string value, decoded.
    pub fn read_string(&mut self) -> Result<String, Malformed> {
        self.read_str().map(Cow::into_owned)
    }

    /// Reads a string value, decoded; borrowed from the record when it has no escape.
    pub fn read_str(&mut self) -> Result<Cow<'a, str>, Malformed> {
        self.expect_start(b'"', "expected '\"'")?;
        let start = self.pos + 1;
        let (end, escaped) = string::scan_noting_escapes(self.buf, start)?;
        self.pos = end;
        Ok(string::decode(&self.buf[start..end - 1], escaped))
    }

    /// Reads a string value, or `None` for a JSON null; anything else is malformed.
    pub fn read_nullable_string(&mut self) -> Result<Option<String>, Malformed> {
        if self.peek()? == Kind::Null {
            self.read_null()?;
            return Ok(None);
        }
        self.read_string().map(Some)
    }

    /// Reads a token count: a JSON integer from 0 to 2^63-1, or null (= 0). Anything else — a
    /// fraction, an exponent, a sign (even `-0`), a string — is malformed (SPEC §2).
    pub fn read_token_count(&mut self) -> Result<i64, Malformed> {
        match self.peek()? {
            Kind::Null => {
                self.read_null()?;
                Ok(0)
            }
            Kind::Number => {
                let start = self.pos;
                self.scan_number()?;
                number::non_negative_integer(&self.buf[start..self.pos])
            }
            _ => Err(self.fail("token count is not a number")),
        }
    }

    /// Reads any number and returns its literal text (already validated).
    pub fn read_number_text(&mut self) -> Result<&'a str, Malformed> {
        let literal = self.read_number_literal()?;
        // A validated number literal is ASCII.
        std::str::from_utf8(literal).map_err(|_| self.fail("invalid number"))
    }

    /// Reads any number and returns its literal's bytes (already validated, ASCII): for callers
    /// that parse them at once, without the UTF-8 check of [`read_number_text`](Self::read_number_text).
    pub fn read_number_literal(&mut self) -> Result<&'a [u8], Malformed> {
        if self.peek()? != Kind::Number {
            return Err(self.fail("expected a number"));
        }
        let start = self.pos;
        self.scan_number()?;
        Ok(&self.buf[start..self.pos])
    }

    pub fn read_boolean(&mut self) -> Result<bool, Malformed> {
        match self.peek()? {
            Kind::True => self.expect_literal(b"true").map(|_| true),
            Kind::False => self.expect_literal(b"false").map(|_| false),
            _ => Err(self.fail("expected a boolean")),
        }
    }

    pub fn read_null(&mut self) -> Result<(), Malformed> {
        if self.peek()? != Kind::Null {
            return Err(self.fail("expected null"));
        }
        self.expect_literal(b"null")
    }

    /// Validates and discards the next value, however deeply nested. Iterative (no recursion),
    /// allocation-free, and leaves the current member name alone: [`name`](Self::name) still
    /// answers for the member whose value was skipped.
    pub fn skip_value(&mut self) -> Result<(), Malformed> {
        let base = self.depth;
        self.skip_scalar_or_open()?;
        while self.depth > base {
            if self.step_in_skipped_container()? {
                self.skip_scalar_or_open()?;
            }
        }
        Ok(())
    }

    /// Requires that the top-level value is complete and nothing but whitespace remains. Call
    /// after the top-level value.
    pub fn end_record(&mut self) -> Result<(), Malformed> {
        if self.depth != 0 {
            return Err(self.fail("unterminated container"));
        }
        self.skip_whitespace();
        if self.pos != self.buf.len() {
            return Err(self.fail("trailing characters after the value"));
        }
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Structure

    #[inline]
    fn raw_name(&self) -> &'a [u8] {
        &self.buf[self.name_start..self.name_end]
    }

    /// Consumes a scalar, or opens a container whose entries `skip_value` then walks.
    fn skip_scalar_or_open(&mut self) -> Result<(), Malformed> {
        match self.peek()? {
            Kind::Object | Kind::Array => self.enter_container(),
            Kind::String => {
                self.pos = string::scan(self.buf, self.pos + 1)?;
                Ok(())
            }
            Kind::Number => self.scan_number(),
            Kind::True => self.expect_literal(b"true"),
            Kind::False => self.expect_literal(b"false"),
            Kind::Null => self.expect_literal(b"null"),
        }
    }

    /// Inside `skip_value`: moves to the next entry of the innermost open container, past the
    /// member name in an object (true), or consumes the container's closing bracket (false).
    fn step_in_skipped_container(&mut self) -> Result<bool, Malformed> {
        let is_object = self.innermost_is_object();
        if !self.step(if is_object { b'}' } else { b']' })? {
            return Ok(false);
        }
        if is_object {
            self.expect_name_quote()?;
            self.pos = string::scan(self.buf, self.pos)?;
            self.expect_colon()?;
        }
        Ok(true)
    }

    /// The step shared by `next_member`, `next_element` and `skip_value`: at the closing bracket
    /// of the innermost container, consumes it and returns false; otherwise consumes the comma
    /// that must separate entries (none before the first) and returns true. A closing bracket of
    /// the other kind is never accepted: it is neither `close` nor a comma nor a value's start.
    fn step(&mut self, close: u8) -> Result<bool, Malformed> {
        self.skip_whitespace();
        let b = match self.buf.get(self.pos) {
            Some(&b) => b,
            None if close == b'}' => return Err(self.fail("unterminated object")),
            None => return Err(self.fail("unterminated array")),
        };
        if b == close {
            self.pos += 1;
            self.depth -= 1;
            self.first = false;
            return Ok(false);
        }
        if !self.first {
            if b != b',' {
                return Err(self.fail(if close == b'}' {
                    "expected ',' or '}'"
                } else {
                    "expected ',' or ']'"
                }));
            }
            self.pos += 1;
        }
        self.first = false;
        Ok(true)
    }

    fn require_inside(&self, object: bool, method: &str) {
        if self.depth == 0 || self.innermost_is_object() != object {
            let kind = if object { "object" } else { "array" };
            panic!("{} called outside an {}", method, kind);
        }
    }

    fn innermost_is_object(&self) -> bool {
        let d = self.depth - 1;
        self.object_bits[d / 64] & (1 << (d % 64)) != 0
    }

    /// Opens the object or array whose bracket is at `pos`.
    fn enter_container(&mut self) -> Result<(), Malformed> {
        let is_object = self.buf[self.pos] == b'{';
        if self.depth >= MAX_DEPTH {
            return Err(self.fail("nesting deeper than 512"));
        }
        self.pos += 1;
        let d = self.depth;
        if is_object {
            self.object_bits[d / 64] |= 1 << (d % 64);
        } else {
            self.object_bits[d / 64] &= !(1 << (d % 64));
        }
        self.depth += 1;
        self.first = true;
        Ok(())
    }

    fn expect_start(&mut self, c: u8, reason: &'static str) -> Result<(), Malformed> {
        self.skip_whitespace();
        if self.buf.get(self.pos) != Some(&c) {
            return Err(self.fail(reason));
        }
        Ok(())
    }

    fn expect_name_quote(&mut self) -> Result<(), Malformed> {
        self.expect_start(b'"', "expected a member name")?;
        self.pos += 1;
        Ok(())
    }

    fn expect_colon(&mut self) -> Result<(), Malformed> {
        self.expect_start(b':', "expected ':'")?;
        self.pos += 1;
        Ok(())
    }

    fn expect_literal(&mut self, literal: &[u8]) -> Result<(), Malformed> {
        match self.buf.get(self.pos..self.pos + literal.len()) {
            None => Err(self.fail("truncated literal")),
            Some(bytes) if bytes != literal => Err(self.fail("invalid literal")),
            Some(_) => {
                self.pos += literal.len();
                Ok(())
            }
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.buf.get(self.pos) {
            self.pos += 1;
        }
    }

    /// Validates a number literal at `pos` and moves past it.
    fn scan_number(&mut self) -> Result<(), Malformed> {
        match number::scan_json_number(self.buf, self.pos) {
            Some(after) => {
                self.pos = after;
                Ok(())
            }
            None => Err(self.fail("invalid number")),
        }
    }

    fn fail(&self, reason: &'static str) -> Malformed {
        Malformed::at(reason, self.pos)
    }
}
