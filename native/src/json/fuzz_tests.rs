//! Randomized checks with fixed seeds (Java's `JsonReaderFuzzTest`): mutations of the shared
//! vectors are accepted or malformed, never anything else, the skip and pull paths agree, and
//! what is accepted reads as serde_json reads it.

use super::*;
use serde_json::Value;

fn skip_whole(record: &[u8]) -> Result<(), Malformed> {
    let mut reader = JsonReader::new(record);
    reader.skip_value()?;
    reader.end_record()
}

/// xorshift64*: a fixed-seed generator, so that a failure reproduces.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn byte(&mut self) -> u8 {
        const INTERESTING: &[u8] = b"{}[]\",:\\u0123456789abcdefABCDEF-+.eEtrufalsn \t\r\n/\x7f\x00\x01\x1f\x80\xbf\xc0\xc1\xc2\xdf\xe0\xed\xef\xbb\xf0\xf4\xf5\xff\xa0\x9f\x8f\x90";
        if self.next() & 1 == 0 {
            INTERESTING[self.below(INTERESTING.len())]
        } else {
            self.next() as u8
        }
    }
}

fn pull(record: &[u8]) -> Result<Value, Malformed> {
    let mut reader = JsonReader::new(record);
    let value = pull_value(&mut reader)?;
    reader.end_record()?;
    Ok(value)
}

fn pull_value(reader: &mut JsonReader) -> Result<Value, Malformed> {
    Ok(match reader.peek()? {
        Kind::Object => {
            let mut map = serde_json::Map::new();
            reader.begin_object()?;
            while reader.next_member()? {
                let name = reader.name();
                map.insert(name, pull_value(reader)?);
            }
            Value::Object(map)
        }
        Kind::Array => {
            let mut items = Vec::new();
            reader.begin_array()?;
            while reader.next_element()? {
                items.push(pull_value(reader)?);
            }
            Value::Array(items)
        }
        Kind::String => Value::String(reader.read_string()?),
        Kind::Number => {
            let text = reader.read_number_text()?;
            serde_json::from_str(text).unwrap_or(Value::Null)
        }
        Kind::True | Kind::False => Value::Bool(reader.read_boolean()?),
        Kind::Null => {
            reader.read_null()?;
            Value::Null
        }
    })
}

fn mutate(record: &[u8], random: &mut Random) -> Vec<u8> {
    let mut out = record.to_vec();
    for _ in 0..1 + random.below(3) {
        let at = if out.is_empty() {
            0
        } else {
            random.below(out.len())
        };
        match if out.is_empty() { 1 } else { random.below(5) } {
            0 => out[at] = random.byte(),
            1 => out.insert(at, random.byte()),
            2 => {
                out.remove(at);
            }
            3 => out.truncate(at),
            _ => {
                let to = at + random.below((out.len() - at).min(8) + 1);
                let copy = out[at..to].to_vec();
                out.splice(to..to, copy);
            }
        }
    }
    out
}

fn vector_seeds() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/json");
    let mut seeds = Vec::new();
    for kind in ["valid", "invalid"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{}/{}", dir, kind))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            seeds.push(std::fs::read(path).unwrap());
        }
    }
    seeds
}

/// The reasons serde_json may reject a record this reader accepts: it knows no byte-order mark,
/// stops at 128 levels, and refuses numbers beyond f64's range.
fn serde_may_differ(record: &[u8]) -> bool {
    record.starts_with(b"\xEF\xBB\xBF")
        || record.iter().filter(|&&b| b == b'[' || b == b'{').count() > 100
        || record.windows(2).any(|w| w[0] == b'e' || w[0] == b'E')
}

#[test]
fn mutated_records_are_accepted_or_malformed_and_read_like_serde_json() {
    let seeds = vector_seeds();
    let mut random = Random(77_001);
    let (mut accepted, mut malformed) = (0, 0);
    for _ in 0..40_000 {
        let record = mutate(&seeds[random.below(seeds.len())], &mut random);
        let skip = skip_whole(&record);
        let pulled = pull(&record);
        assert_eq!(
            skip.is_ok(),
            pulled.is_ok(),
            "skip vs pull: {:02x?}",
            record
        );
        let serde = serde_json::from_slice::<Value>(&record);
        match pulled {
            Ok(value) => {
                accepted += 1;
                if !serde_may_differ(&record) {
                    assert_eq!(serde.ok(), Some(value), "{:02x?}", record);
                }
            }
            Err(_) => {
                malformed += 1;
                assert!(serde.is_err(), "serde accepts: {:02x?}", record);
            }
        }
    }
    assert!(
        accepted > 1_000 && malformed > 1_000,
        "{} {}",
        accepted,
        malformed
    );
}

#[test]
fn random_bytes_are_accepted_or_malformed() {
    let mut random = Random(4_242);
    for _ in 0..20_000 {
        let noise: Vec<u8> = (0..random.below(16)).map(|_| random.byte()).collect();
        assert_eq!(
            skip_whole(&noise).is_ok(),
            pull(&noise).is_ok(),
            "{:02x?}",
            noise
        );
    }
}

#[test]
fn nesting_is_accepted_up_to_the_limit_whatever_the_mix_of_containers() {
    let mut random = Random(512);
    for _ in 0..200 {
        let depth = 500 + random.below(25);
        let (mut open, mut close) = (String::new(), String::new());
        for _ in 0..depth {
            let object = random.next() & 1 == 0;
            open.push_str(if object { "{\"k\":" } else { "[" });
            close.insert(0, if object { '}' } else { ']' });
        }
        let record = open + if random.next() & 1 == 0 { "0" } else { "\"v\"" } + &close;
        let expected = depth <= MAX_DEPTH;
        assert_eq!(skip_whole(record.as_bytes()).is_ok(), expected, "{}", depth);
        assert_eq!(pull(record.as_bytes()).is_ok(), expected, "{}", depth);
    }
}
