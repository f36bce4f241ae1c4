//! The threads of a lint run, one per core. Every thread takes the next item (a file) in
//! input order; a thread that finds none left helps the others until they are done: it runs
//! the jobs they offer ([`Pool::offer`]: one release's walk for a program's `min_kernel`),
//! so that the last heavy files of a directory do not leave a core idle. A job nobody has
//! taken yet is run by the thread that offered it when it needs the result, and dropped
//! when it no longer does.

use std::any::Any;
use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// Jobs offered to the threads that have no item left.
#[derive(Default)]
pub struct Pool {
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Default)]
struct State {
    jobs: VecDeque<Box<dyn FnOnce() + Send>>,
    /// Threads waiting for a job.
    idle: usize,
    /// Threads still on items.
    on_items: usize,
}

/// `f` applied to every item, on one thread per core (at most one more than there are
/// items: the extra one only helps); the results in the items' order.
pub fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T, &Pool) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    parallel_on(cores.min(items.len() + 1), items, f)
}

/// [`parallel`] on `threads` threads.
pub fn parallel_on<T: Sync, R: Send>(
    threads: usize,
    items: &[T],
    f: impl Fn(&T, &Pool) -> R + Sync,
) -> Vec<R> {
    let pool = Pool::default();
    if threads <= 1 {
        return items.iter().map(|item| f(item, &pool)).collect();
    }
    pool.lock().on_items = threads;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item, &pool);
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
                pool.help_until_done();
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

impl Pool {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a thread waits for a job that nobody offered yet.
    pub fn has_idle(&self) -> bool {
        let state = self.lock();
        state.idle > state.jobs.len()
    }

    /// `job` handed to a thread that waits for one, if there is such a thread.
    pub fn offer<R: Send + 'static>(
        &self,
        job: impl FnOnce() -> R + Send + 'static,
    ) -> Option<Offered<R>> {
        let mut state = self.lock();
        if state.idle <= state.jobs.len() {
            return None;
        }
        let shared = Arc::new(Shared {
            job: Mutex::new(Some(Box::new(job))),
            result: Mutex::new(None),
            ready: Condvar::new(),
        });
        let taken = Arc::clone(&shared);
        state.jobs.push_back(Box::new(move || taken.run()));
        drop(state);
        self.wake.notify_one();
        Some(Offered(shared))
    }

    /// Runs the jobs offered until no thread is on an item any more.
    fn help_until_done(&self) {
        let mut state = self.lock();
        state.on_items -= 1;
        loop {
            if let Some(job) = state.jobs.pop_front() {
                drop(state);
                job();
                state = self.lock();
            } else if state.on_items == 0 {
                drop(state);
                self.wake.notify_all();
                return;
            } else {
                state.idle += 1;
                state = self.wake.wait(state).unwrap_or_else(|e| e.into_inner());
                state.idle -= 1;
            }
        }
    }
}

type Outcome<R> = Result<R, Box<dyn Any + Send>>;

/// One offered job: taken by whoever runs it first, its result for the one who offered it.
struct Shared<R> {
    job: Mutex<Option<Box<dyn FnOnce() -> R + Send>>>,
    result: Mutex<Option<Outcome<R>>>,
    ready: Condvar,
}

impl<R> Shared<R> {
    fn take(&self) -> Option<Box<dyn FnOnce() -> R + Send>> {
        self.job.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    /// Runs the job unless it was run, taken back or dropped already.
    fn run(&self) {
        let Some(job) = self.take() else { return };
        let outcome = panic::catch_unwind(AssertUnwindSafe(job));
        *self.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        self.ready.notify_all();
    }
}

/// A job [`Pool::offer`] handed over; dropped unjoined, it is not run if nobody took it.
pub struct Offered<R>(Arc<Shared<R>>);

impl<R> Offered<R> {
    /// The job's result: run here if no thread took it yet, else waited for (a panic in the
    /// job goes on here).
    pub fn join(self) -> R {
        if let Some(job) = self.0.take() {
            return job();
        }
        let mut result = self.0.result.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match result.take() {
                Some(Ok(r)) => return r,
                Some(Err(panic)) => panic::resume_unwind(panic),
                None => result = self.0.ready.wait(result).unwrap_or_else(|e| e.into_inner()),
            }
        }
    }
}

impl<R> Drop for Offered<R> {
    fn drop(&mut self) {
        self.0.take();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_and_idle_threads_run_offered_jobs() {
        let items: Vec<u64> = (0..40).collect();
        let helped = AtomicUsize::new(0);
        let out = parallel_on(3, &items, |&n, pool| {
            let offered = pool.offer(move || n * 10);
            if offered.is_some() {
                helped.fetch_add(1, Ordering::Relaxed);
            }
            offered.map_or(n * 10, Offered::join) + 1
        });
        assert_eq!(out, items.iter().map(|n| n * 10 + 1).collect::<Vec<_>>());
        // The last items find the other threads idle (waiting for jobs) or not: either way
        // the result is the job's.
        assert!(helped.load(Ordering::Relaxed) <= items.len());
    }

    #[test]
    fn the_last_item_is_helped_by_the_threads_without_one() {
        let out = parallel_on(2, &[()], |_, pool| {
            // The other thread has no item: it waits for a job.
            while !pool.has_idle() {
                std::thread::yield_now();
            }
            let me = std::thread::current().id();
            let offered = pool.offer(std::thread::current).expect("an idle thread");
            // Left to the idle thread: wait until it took the job.
            while offered.0.job.lock().unwrap().is_some() {
                std::thread::yield_now();
            }
            offered.join().id() != me
        });
        assert_eq!(out, [true], "the job ran on the other thread");
    }

    #[test]
    fn a_job_nobody_took_is_run_by_the_thread_that_joins_it() {
        let pool = Pool::default();
        pool.lock().idle = 1;
        let offered = pool.offer(|| 7).expect("one thread said it is idle");
        assert_eq!(offered.join(), 7);
        let job = pool.lock().jobs.pop_front().expect("still queued");
        job();
    }
}
