//! The threads of a lint run, one per core. Every thread takes the next item (a file) in
//! input order; a thread that finds none left helps the others until they are done: it runs
//! the jobs they queue ([`Pool::offer`]: one release's walk for a program's `min_kernel`),
//! so that the last heavy files of a directory do not leave a core idle. A job nobody has
//! started is taken back by the thread that queued it when that thread gets to the work
//! itself ([`Offered::cancel`]), and dropped when it is no longer needed.

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
    /// Jobs are never taken back: for tests, which need other threads to run them.
    patient: std::sync::atomic::AtomicBool,
}

#[derive(Default)]
struct State {
    jobs: VecDeque<Box<dyn FnOnce() + Send>>,
    /// Threads besides the one on an item: how many jobs could run at once.
    helpers: usize,
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
    {
        let mut state = pool.lock();
        state.on_items = threads;
        state.helpers = threads - 1;
    }
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

    /// From now on, jobs are left to the threads without an item, never taken back: for
    /// tests of what those threads do (a job only waits for them: offer it only where such
    /// a thread exists).
    #[cfg(test)]
    pub fn leave_jobs_to_helpers(&self) {
        self.patient.store(true, Ordering::Relaxed);
    }

    /// How many jobs other threads could run at once (0 on one thread: nothing to offer).
    pub fn helpers(&self) -> usize {
        self.lock().helpers
    }

    /// `job` queued for the threads without an item; `None` when there is no other thread.
    pub fn offer<R: Send + 'static>(
        &self,
        job: impl FnOnce() -> R + Send + 'static,
    ) -> Option<Offered<R>> {
        let mut state = self.lock();
        if state.helpers == 0 {
            return None;
        }
        let shared = Arc::new(Shared {
            patient: self.patient.load(Ordering::Relaxed),
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
                state = self.wake.wait(state).unwrap_or_else(|e| e.into_inner());
            }
        }
    }
}

type Outcome<R> = Result<R, Box<dyn Any + Send>>;

/// One offered job: taken by whoever runs it first, its result for the one who offered it.
struct Shared<R> {
    /// Only another thread runs the job ([`Pool::leave_jobs_to_helpers`]).
    patient: bool,
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

/// A job [`Pool::offer`] queued; dropped, it is not run if nobody started it.
pub struct Offered<R>(Arc<Shared<R>>);

impl<R> Offered<R> {
    /// Whether the job was still waiting: then it never runs.
    pub fn cancel(&self) -> bool {
        !self.0.patient && self.0.take().is_some()
    }

    /// The job's result: run here if no thread started it yet, else waited for (a panic in
    /// the job goes on here).
    pub fn join(self) -> R {
        if let Some(job) = (!self.0.patient).then(|| self.0.take()).flatten() {
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
    fn results_come_in_the_items_order_whoever_runs_the_jobs() {
        let items: Vec<u64> = (0..40).collect();
        let out = parallel_on(3, &items, |&n, pool| {
            let offered = pool.offer(move || n * 10).expect("two other threads");
            offered.join() + 1
        });
        assert_eq!(out, items.iter().map(|n| n * 10 + 1).collect::<Vec<_>>());
        let alone = parallel_on(1, &items, |_, pool| pool.offer(|| ()).is_none());
        assert!(
            alone.iter().all(|none| *none),
            "one thread: nothing to offer"
        );
    }

    #[test]
    fn the_last_item_is_helped_by_the_threads_without_one() {
        let out = parallel_on(2, &[()], |_, pool| {
            let me = std::thread::current().id();
            let offered = pool.offer(std::thread::current).expect("another thread");
            // Left to the other thread, which has no item: wait until it started the job.
            while offered.0.job.lock().unwrap().is_some() {
                std::thread::yield_now();
            }
            assert!(!offered.cancel(), "started: too late to take it back");
            offered.join().id() != me
        });
        assert_eq!(out, [true], "the job ran on the other thread");
    }

    #[test]
    fn a_job_taken_back_never_runs_and_one_nobody_started_runs_where_joined() {
        let pool = Pool::default();
        pool.lock().helpers = 1;
        let ran = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&ran);
        let back = pool
            .offer(move || counted.fetch_add(1, Ordering::Relaxed))
            .unwrap();
        assert!(back.cancel());
        let joined = pool.offer(|| 7).unwrap();
        assert_eq!(joined.join(), 7);
        while let Some(job) = pool.lock().jobs.pop_front() {
            job();
        }
        assert_eq!(
            ran.load(Ordering::Relaxed),
            0,
            "the job taken back did not run"
        );
    }
}
