//! Shared immutable text for the ids a message holds (model, provider, session).
//!
//! The messages of a large home are kept whole between the two phases, and nearly all of their
//! ids repeat: one session has hundreds of messages, a home a few dozen models and providers.
//! As owned strings they were a large share of the engine's memory and of its allocations; as
//! [`Text`] each distinct value handed out by one [`Interner`] is stored once and every message
//! holds a counted reference to it.

use crate::fast_hash::FastHashSet;
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable string shared by reference counting; reads as a `&str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Arc<str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// By hand: `Arc<str>: Default` is newer than the MSRV.
impl Default for Text {
    fn default() -> Text {
        Text::from("")
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(value: &str) -> Text {
        Text(Arc::from(value))
    }
}

impl From<String> for Text {
    fn from(value: String) -> Text {
        Text(Arc::from(value))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

/// Hands out one shared [`Text`] per distinct value.
#[derive(Debug, Default)]
pub struct Interner {
    values: FastHashSet<Text>,
}

impl Interner {
    /// The shared copy of `value`.
    pub fn get(&mut self, value: &str) -> Text {
        if let Some(text) = self.values.get(value) {
            return text.clone();
        }
        let text = Text::from(value);
        self.values.insert(text.clone());
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interner_hands_out_one_copy_per_value() {
        let mut texts = Interner::default();
        let a = texts.get("claude-opus-4-6");
        let b = texts.get(&String::from("claude-opus-4-6"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "claude-opus-4-6");
        assert_ne!(texts.get("other"), a);
    }

    #[test]
    fn text_reads_and_prints_as_its_string() {
        let text = Text::from("s1");
        assert_eq!(text.as_str(), "s1");
        assert_eq!(format!("{} {:?}", text, text), "s1 \"s1\"");
        assert!(text.starts_with('s'));
        assert_eq!(Text::default(), "");
    }
}
