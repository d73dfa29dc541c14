//! The four local sources (mirror Java `source.<name>`). To be written.
