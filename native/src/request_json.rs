//! Reading the small JSON requests of the C ABI (docs/abi.md: the parse and finalize requests)
//! strictly: a JSON object with exactly the known members, each of the expected type. A request
//! that does not follow the schema means the two sides of the ABI disagree, so every deviation is
//! an error whose text says what is wrong; callers wrap it in their own bad-request type.

use serde_json::{Map, Value};

/// The request's members, after checking that it is a JSON object with no unknown member.
pub fn object(bytes: &[u8], known: &[&str]) -> Result<Map<String, Value>, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {}", e))?;
    let object = match value {
        Value::Object(object) => object,
        _ => return Err("not a JSON object".to_string()),
    };
    if let Some(unknown) = object.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(format!("unknown member \"{}\"", unknown));
    }
    Ok(object)
}

/// A member that must be present.
pub fn member<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v Value, String> {
    object
        .get(name)
        .ok_or_else(|| format!("missing \"{}\"", name))
}

/// A member that must be a string.
pub fn string<'v>(object: &'v Map<String, Value>, name: &str) -> Result<&'v str, String> {
    member(object, name)?
        .as_str()
        .ok_or_else(|| format!("\"{}\" is not a string", name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_known_members_and_names_what_is_wrong() {
        let object = object(br#"{"a": "x", "b": 1}"#, &["a", "b", "c"]).unwrap();
        assert_eq!(string(&object, "a"), Ok("x"));
        assert_eq!(
            string(&object, "b"),
            Err("\"b\" is not a string".to_string())
        );
        assert_eq!(member(&object, "c"), Err("missing \"c\"".to_string()));
        assert_eq!(
            super::object(br#"{"d": 1}"#, &["a"]),
            Err("unknown member \"d\"".to_string())
        );
        assert_eq!(
            super::object(b"[1]", &["a"]),
            Err("not a JSON object".to_string())
        );
        assert!(super::object(b"{", &["a"])
            .unwrap_err()
            .starts_with("not JSON: "));
    }
}
