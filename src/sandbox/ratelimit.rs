//! The rate-limit headers and the 429 switch.
//!
//! Freshdesk meters per account per minute and reports the allowance on
//! every answer. The sandbox counts in fixed one-minute windows; it refuses
//! only when asked to (`enforce_rate_limit`) or when the forced-429 switch
//! is on, so tests decide when a client meets a 429.

use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

/// One fixed counting window.
#[derive(Debug)]
pub struct Window {
    started: Instant,
    used: u32,
}

/// What the limiter decided for one request.
#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    /// `X-RateLimit-Total`.
    pub total: u32,
    /// `X-RateLimit-Remaining` after this request.
    pub remaining: u32,
    /// `X-RateLimit-Used-CurrentRequest`.
    pub used_now: u32,
    /// `Some(seconds)` when the request is refused with 429.
    pub retry_after: Option<u32>,
}

impl Window {
    /// A fresh window starting now.
    pub fn new() -> Self {
        Window {
            started: Instant::now(),
            used: 0,
        }
    }

    /// Charges `cost` credits unless the request is refused.
    pub fn charge(&mut self, cost: u32, total: u32, enforce: bool, forced: Option<u32>) -> Verdict {
        let now = Instant::now();
        if now.duration_since(self.started) >= WINDOW {
            self.started = now;
            self.used = 0;
        }
        let remaining_now = total.saturating_sub(self.used);
        if let Some(secs) = forced {
            return Verdict {
                total,
                remaining: remaining_now,
                used_now: 0,
                retry_after: Some(secs),
            };
        }
        if enforce && self.used.saturating_add(cost) > total {
            let left = WINDOW.saturating_sub(now.duration_since(self.started));
            return Verdict {
                total,
                remaining: remaining_now,
                used_now: 0,
                retry_after: Some(left.as_secs().max(1) as u32),
            };
        }
        self.used = self.used.saturating_add(cost);
        Verdict {
            total,
            remaining: total.saturating_sub(self.used),
            used_now: cost,
            retry_after: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_and_refuses_when_enforced() {
        let mut w = Window::new();
        let v = w.charge(1, 2, true, None);
        assert_eq!((v.remaining, v.retry_after), (1, None));
        let v = w.charge(2, 2, true, None);
        assert!(
            v.retry_after.is_some(),
            "3 credits exceed an allowance of 2"
        );
        let v = w.charge(1, 2, true, None);
        assert_eq!((v.remaining, v.retry_after), (0, None));
        let v = w.charge(1, 2, false, Some(7));
        assert_eq!(v.retry_after, Some(7));
    }
}
