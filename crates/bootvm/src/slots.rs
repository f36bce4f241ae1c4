//! At most `$SK_KERNEL_IMAGES_JOBS` guests of one process at a time: a test that boots every
//! image side by side boots a dozen of them when `SK_KERNEL_IMAGES_DIR` names the extra
//! kernels of `.ci/kernels --extra`, more guests than TCG has cores for. Unset or `0`: no
//! limit (the default run's two images side by side).

use std::sync::{Condvar, Mutex};

/// The environment variable bounding the guests that run at once.
pub const JOBS_ENV: &str = "SK_KERNEL_IMAGES_JOBS";

static RUNNING: Mutex<usize> = Mutex::new(0);
static FREED: Condvar = Condvar::new();

/// A running guest's place; dropping it lets the next one start.
pub(crate) struct Slot {
    counted: bool,
}

/// Waits until fewer than `$SK_KERNEL_IMAGES_JOBS` guests run, then takes a place.
pub(crate) fn take() -> Slot {
    take_up_to(limit())
}

fn take_up_to(limit: Option<usize>) -> Slot {
    let Some(limit) = limit else {
        return Slot { counted: false };
    };
    let mut running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
    while *running >= limit {
        running = FREED.wait(running).unwrap_or_else(|e| e.into_inner());
    }
    *running += 1;
    Slot { counted: true }
}

fn limit() -> Option<usize> {
    let n: usize = std::env::var(JOBS_ENV).ok()?.trim().parse().ok()?;
    (n > 0).then_some(n)
}

impl Drop for Slot {
    fn drop(&mut self) {
        if self.counted {
            let mut running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
            *running -= 1;
            FREED.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn no_more_than_the_limit_run_at_once() {
        let (now, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        std::thread::scope(|s| {
            for _ in 0..6 {
                s.spawn(|| {
                    let _slot = take_up_to(Some(2));
                    let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(n, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    now.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }
}
