//! The crate's one error type.

/// Everything that can go wrong when using this crate.
///
/// Every variant names what the caller passed in and why it was refused; no input text ever
/// causes a panic.
///
/// ```
/// use conflict_timeline::{Error, Published};
/// let err = "2025-13-40".parse::<Published>().unwrap_err();
/// assert!(matches!(err, Error::InvalidPublished { .. }));
/// assert!(err.to_string().contains("2025-13-40"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A publication date string could not be parsed.
    #[error("invalid publication date {input:?}: expected YYYY-MM-DD or an RFC 3339 date-time")]
    InvalidPublished {
        /// The text that was given.
        input: String,
    },
    /// The publication date is outside the range the extractor supports (years 1 to 9999).
    #[error("publication date {date} is outside the supported range (years 1 to 9999)")]
    PublishedOutOfRange {
        /// The date that was given, as text.
        date: String,
    },
    /// A document is larger than the configured limit.
    #[error("document is {len} bytes, more than the limit of {max} bytes")]
    TooLarge {
        /// The document's size in bytes.
        len: usize,
        /// The configured limit in bytes.
        max: usize,
    },
    /// A TimeML document could not be read.
    #[error("invalid TimeML: {reason}")]
    TimeMl {
        /// What is wrong with it.
        reason: String,
    },
    /// An output format name is not known.
    #[error("unknown format {name:?} (expected one of: {expected})")]
    UnknownFormat {
        /// The name that was given.
        name: String,
        /// The names that are accepted.
        expected: &'static str,
    },
    /// A JSON record (batch input or a serialised timeline) could not be read.
    #[error("invalid record: {reason}")]
    InvalidRecord {
        /// What is wrong with it.
        reason: String,
    },
    /// Writing output failed.
    #[error("output error: {reason}")]
    Output {
        /// What failed.
        reason: String,
    },
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
