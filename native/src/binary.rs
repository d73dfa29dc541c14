//! Reading the little-endian binary payloads of the C ABI (docs/abi.md: store rows, price
//! table). Every read names what it was reading, so that a payload that does not follow the
//! layout gives an error that says what and where instead of a panic or garbage.

/// A cursor over a payload.
pub struct LeReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> LeReader<'a> {
    pub fn new(bytes: &'a [u8]) -> LeReader<'a> {
        LeReader { bytes, at: 0 }
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], String> {
        if n > self.remaining() {
            return Err(format!(
                "truncated: {} needs {} bytes at offset {}, {} left",
                what,
                n,
                self.at,
                self.remaining()
            ));
        }
        let bytes = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(bytes)
    }

    pub fn u8(&mut self, what: &str) -> Result<u8, String> {
        Ok(self.take(1, what)?[0])
    }

    pub fn u32(&mut self, what: &str) -> Result<u32, String> {
        let mut le = [0u8; 4];
        le.copy_from_slice(self.take(4, what)?);
        Ok(u32::from_le_bytes(le))
    }

    pub fn i64(&mut self, what: &str) -> Result<i64, String> {
        let mut le = [0u8; 8];
        le.copy_from_slice(self.take(8, what)?);
        Ok(i64::from_le_bytes(le))
    }

    /// A `u32` count of items of at least `min_item_size` bytes each: a count the bytes left
    /// could not hold is an error before anything is allocated for the items.
    pub fn count(&mut self, what: &str, min_item_size: usize) -> Result<usize, String> {
        let count = self.u32(what)? as usize;
        if count > self.remaining() / min_item_size.max(1) {
            return Err(format!(
                "{} {} cannot fit in the {} bytes left",
                what,
                count,
                self.remaining()
            ));
        }
        Ok(count)
    }

    /// A `u32` length, then that many bytes.
    pub fn bytes(&mut self, what: &str) -> Result<&'a [u8], String> {
        let len = self.u32(what)? as usize;
        self.take(len, what)
    }

    /// A `u32` length, then that many bytes of UTF-8.
    pub fn text(&mut self, what: &str) -> Result<&'a str, String> {
        let at = self.at;
        std::str::from_utf8(self.bytes(what)?)
            .map_err(|e| format!("{} at offset {} is not UTF-8: {}", what, at, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_little_endian_values_and_says_where_the_bytes_ran_out() {
        let mut payload = vec![7u8];
        payload.extend_from_slice(&2u32.to_le_bytes());
        payload.extend_from_slice(b"hi");
        payload.extend_from_slice(&(-5i64).to_le_bytes());
        payload.extend_from_slice(&9u32.to_le_bytes());
        let mut reader = LeReader::new(&payload);
        assert_eq!(reader.u8("flag"), Ok(7));
        assert_eq!(reader.text("name"), Ok("hi"));
        assert_eq!(reader.i64("time"), Ok(-5));
        assert_eq!(
            reader.count("rows", 1),
            Err("rows 9 cannot fit in the 0 bytes left".to_string())
        );
        assert_eq!(
            reader.u8("flag"),
            Err("truncated: flag needs 1 bytes at offset 19, 0 left".to_string())
        );
    }

    #[test]
    fn text_must_be_utf8() {
        let mut payload = 1u32.to_le_bytes().to_vec();
        payload.push(0xff);
        let err = LeReader::new(&payload).text("id").unwrap_err();
        assert!(err.starts_with("id at offset 0 is not UTF-8"), "{}", err);
    }
}
