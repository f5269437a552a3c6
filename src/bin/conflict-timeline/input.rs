//! Reading input: files or standard input (`-`), bounded in size, decoded as UTF-8.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::fail::{Fail, display_path};

/// True for the path `-` (standard input).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Opens a file, or standard input for `-`, as a buffered reader.
pub fn open(path: &Path) -> Result<Box<dyn BufRead + Send>, Fail> {
    if is_stdin(path) {
        return Ok(Box::new(BufReader::with_capacity(1 << 20, io::stdin())));
    }
    let file = File::open(path).map_err(|e| Fail::read(path, &e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Fail::msg(format!(
            "cannot read {}: it is a directory",
            path.display()
        )));
    }
    Ok(Box::new(BufReader::with_capacity(1 << 20, file)))
}

/// Reads a whole document of at most `max_bytes` bytes and decodes it as UTF-8 (strictly, or
/// replacing bad bytes when `lossy`).
pub fn read_document(path: &Path, max_bytes: usize, lossy: bool) -> Result<String, Fail> {
    let reader = open(path)?;
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    // A file's size is known: read into a buffer of that size, not a doubling one (which can
    // hold nearly twice the document).
    let expected = if is_stdin(path) {
        0
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    };
    let mut bytes = Vec::with_capacity(
        usize::try_from(expected.min(limit))
            .unwrap_or(0)
            .saturating_add(1),
    );
    reader
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| Fail::read(path, &e))?;
    if bytes.len() > max_bytes {
        return Err(Fail::msg(format!(
            "{}: the document is larger than the limit of {max_bytes} bytes (raise it with --max-bytes)",
            display_path(path)
        )));
    }
    decode(bytes, lossy).map_err(|offset| {
        Fail::msg(format!(
            "{}: invalid UTF-8 at byte offset {offset} (use --lossy to replace bad bytes)",
            display_path(path)
        ))
    })
}

/// Decodes UTF-8: strictly (the error is the byte offset of the first bad byte), or replacing
/// bad sequences with U+FFFD when `lossy`.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, usize> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(e.utf8_error().valid_up_to()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode(b"abc".to_vec(), false), Ok("abc".to_string()));
        assert_eq!(decode(b"ab\xffc".to_vec(), false), Err(2));
        assert_eq!(
            decode(b"ab\xffc".to_vec(), true),
            Ok("ab\u{fffd}c".to_string())
        );
        assert_eq!(decode(b"\xc3\xa9\xe2".to_vec(), false), Err(2));
    }
}
