//! Logging setup and the [`Sensitive`] wrapper.

use std::fmt;

/// Wraps a value that may hold personal data: Debug and Display print a
/// placeholder, so it can never reach a log line by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(pub T);

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Installs the tracing subscriber, writing to stderr: the `RUST_LOG` filter
/// when set, else `default_level` (e.g. `info` for servers, `warn` for
/// one-shot commands whose output is the point).
pub fn init(default_level: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::Sensitive;

    #[test]
    fn sensitive_never_prints_its_value() {
        let s = Sensitive("jane@example.org");
        assert_eq!(format!("{s:?} {s}"), "<redacted> <redacted>");
    }
}
