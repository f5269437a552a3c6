//! How a command ends: its status when it ran, or why it could not run.

use std::io;
use std::path::Path;

/// How a command that ran to its end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything succeeded (exit status 0).
    Success,
    /// Some records or files failed; each was reported (exit status 1).
    SomeFailed,
}

/// Why a command stopped early.
#[derive(Debug)]
pub enum Fail {
    /// Standard output was closed by the reader (`| head`): stop quietly.
    BrokenPipe,
    /// The command could not run: a one-line message for standard error (exit status 2).
    Message(String),
}

impl Fail {
    /// A one-line failure message.
    pub fn msg(m: impl Into<String>) -> Self {
        Fail::Message(m.into())
    }

    /// A failure to read `path` (or standard input, for `-`).
    pub fn read(path: &Path, err: &io::Error) -> Self {
        Fail::Message(format!(
            "cannot read {}: {}",
            display_path(path),
            io_reason(err)
        ))
    }

    /// A failure to write the output: quiet for a closed pipe.
    pub fn write(err: &io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Fail::BrokenPipe
        } else {
            Fail::Message(format!("cannot write output: {}", io_reason(err)))
        }
    }
}

/// A path as users see it in messages (`-` is standard input).
pub fn display_path(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// An I/O error in words, without the OS error number.
pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = err.to_string();
            match s.find(" (os error") {
                Some(i) => s.get(..i).unwrap_or(&s).to_string(),
                None => s,
            }
        }
    }
}
