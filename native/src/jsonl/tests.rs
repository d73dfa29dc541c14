//! Line selection, offsets, line ends, and chunk boundaries checked against a plain split.

use super::*;
use crate::testing::TempDir;

const USAGE: &[&[u8]] = &[b"\"usage\""];
const TWO: &[&[u8]] = &[b"\"a\"", b"\"b\""];
const NONE: &[&[u8]] = &[];

fn lines(rule: JsonlFile, content: &[u8]) -> Vec<(String, u64)> {
    let dir = TempDir::new();
    let path = dir.write("f.jsonl", content);
    let mut out = Vec::new();
    rule.scan(&path, |line, offset| {
        out.push((String::from_utf8_lossy(line).into_owned(), offset))
    })
    .unwrap();
    out
}

fn owned(expected: &[(&str, u64)]) -> Vec<(String, u64)> {
    expected.iter().map(|&(s, o)| (s.to_string(), o)).collect()
}

#[test]
fn one_marker_selects_the_lines_that_contain_it() {
    let content = b"{\"x\":1}\n{\"usage\":2}\n\n{\"y\":\"usage\"}\n{\"usage\":3,\"usage\":4}";
    assert_eq!(
        lines(JsonlFile::new(USAGE, false), content),
        owned(&[
            ("{\"usage\":2}", 8),
            ("{\"y\":\"usage\"}", 21),
            ("{\"usage\":3,\"usage\":4}", 35)
        ])
    );
}

#[test]
fn several_markers_select_lines_with_any_of_them() {
    let content = b"{\"a\":1}\n{\"c\":1}\n{\"b\":1}\n{\"b\":\"a\"}\n";
    assert_eq!(
        lines(JsonlFile::new(TWO, false), content),
        owned(&[("{\"a\":1}", 0), ("{\"b\":1}", 16), ("{\"b\":\"a\"}", 24)])
    );
}

#[test]
fn no_marker_selects_every_non_blank_line() {
    let content = b"1\n\n  \t\r\n2\r\n \n3";
    assert_eq!(
        lines(JsonlFile::new(NONE, false), content),
        owned(&[("1", 0), ("2\r", 8), ("3", 13)])
    );
}

#[test]
fn crlf_lines_keep_their_carriage_return() {
    let content = b"{\"usage\":1}\r\n{\"usage\":2}\r\n";
    assert_eq!(
        lines(JsonlFile::new(USAGE, false), content),
        owned(&[("{\"usage\":1}\r", 0), ("{\"usage\":2}\r", 13)])
    );
}

#[test]
fn first_line_always_hands_over_the_first_non_blank_line_once() {
    let header = b"\n \n{\"sessionId\":\"s\"}\n{\"tokens\":1}\n{\"other\":1}\n";
    let tokens: &[&[u8]] = &[b"\"tokens\""];
    assert_eq!(
        lines(JsonlFile::new(tokens, true), header),
        owned(&[("{\"sessionId\":\"s\"}", 3), ("{\"tokens\":1}", 21)])
    );
    let marked = b"{\"tokens\":0}\n{\"tokens\":1}";
    assert_eq!(
        lines(JsonlFile::new(tokens, true), marked),
        owned(&[("{\"tokens\":0}", 0), ("{\"tokens\":1}", 13)])
    );
    assert!(lines(JsonlFile::new(tokens, true), b"\n\r\n").is_empty());
}

#[test]
fn empty_file_hands_over_nothing() {
    assert!(lines(JsonlFile::new(NONE, true), b"").is_empty());
    assert!(lines(JsonlFile::new(USAGE, false), b"").is_empty());
}

#[test]
fn a_missing_file_is_an_error() {
    let dir = TempDir::new();
    let result = JsonlFile::new(NONE, false).scan(&dir.path().join("missing"), |_, _| {});
    assert!(result.is_err());
}

/// Every line of the content with its offset (a trailing newline ends the last line).
fn split(content: &[u8]) -> Vec<(&[u8], u64)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in content.iter().enumerate() {
        if b == b'\n' {
            out.push((&content[start..i], start as u64));
            start = i + 1;
        }
    }
    if start < content.len() {
        out.push((&content[start..], start as u64));
    }
    out
}

/// Lines of random length (blank ones, CRLF ones, marked ones), then a line longer than the
/// chunk, so that lines straddle chunk ends and the buffer has to grow.
fn big_content() -> Vec<u8> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut content = Vec::new();
    while content.len() < 3 * CHUNK {
        let length = (next() % 4000) as usize;
        let kind = next() % 10;
        match kind {
            0 => content.extend_from_slice(b"  \r"),
            1 => content.extend_from_slice(b"{\"usage\":1}"),
            2 => content.extend_from_slice(b"{\"a\":1}"),
            _ => {}
        }
        content.extend((0..length).map(|i| b'x' + (i % 3) as u8));
        if kind == 3 {
            content.extend_from_slice(b"\"b\"\r");
        }
        content.push(b'\n');
    }
    content.extend_from_slice(b"\"usage\"");
    content.extend(std::iter::repeat(b'y').take(CHUNK * 5 / 2));
    content.extend_from_slice(b"\n\"usage\" last line without newline");
    content
}

#[test]
fn large_files_give_what_a_plain_split_gives_for_every_rule() {
    let content = big_content();
    let dir = TempDir::new();
    let path = dir.write("big.jsonl", &content);
    for (markers, first) in [(USAGE, false), (TWO, false), (NONE, false), (USAGE, true)] {
        let mut got = Vec::new();
        JsonlFile::new(markers, first)
            .scan(&path, |line, offset| got.push((line.to_vec(), offset)))
            .unwrap();
        let mut expected = Vec::new();
        let mut first_pending = first;
        for (line, offset) in split(&content) {
            let selected = if first_pending && !is_blank(line) {
                first_pending = false;
                true
            } else if markers.is_empty() {
                !is_blank(line)
            } else {
                markers
                    .iter()
                    .any(|m| line.windows(m.len()).any(|w| w == *m))
            };
            if selected {
                expected.push((line.to_vec(), offset));
            }
        }
        assert!(expected.len() > 100);
        assert!(
            got == expected,
            "markers {:?}, first line {}",
            markers.len(),
            first
        );
    }
}
