//! Buffers kept per thread from one document to the next (Speed: made once per thread, not
//! once per document).

use std::cell::Cell;
use std::thread::LocalKey;

/// Runs `f` with this thread's value of `key`: taken while `f` runs, then put back (a thread
/// being torn down lends a fresh one and keeps none).
pub(crate) fn with<T: Default, R>(
    key: &'static LocalKey<Cell<T>>,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    let mut value = key.try_with(Cell::take).unwrap_or_default();
    let out = f(&mut value);
    let _ = key.try_with(|k| k.set(value));
    out
}
