//! Worker threads deflate chunks in any order; one writer thread puts them out in order.
//!
//! Both queues are bounded, so memory stays at a few chunks per thread whatever the input size.
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use super::chunk::{Job, deflate};
use super::frame::HEADER;

type Done = (u64, Vec<u8>);

/// The running threads of one gzip stream. Dropping it stops and joins them.
pub(super) struct Pipeline<W> {
    jobs: Option<SyncSender<Job>>,
    workers: Vec<JoinHandle<()>>,
    writer: Option<JoinHandle<io::Result<W>>>,
}

impl<W: Write + Send + 'static> Pipeline<W> {
    /// Starts `threads` workers at deflate `level` and a writer that owns `out`.
    pub fn start(out: W, threads: usize, level: u32) -> Pipeline<W> {
        let threads = threads.max(1);
        let (job_tx, job_rx) = sync_channel::<Job>(threads * 2);
        let (done_tx, done_rx) = sync_channel::<Done>(threads * 2);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let workers = (0..threads)
            .map(|_| {
                let (rx, tx) = (Arc::clone(&job_rx), done_tx.clone());
                thread::spawn(move || work(&rx, &tx, level))
            })
            .collect();
        let writer = Some(thread::spawn(move || write_in_order(out, &done_rx)));
        Pipeline {
            jobs: Some(job_tx),
            workers,
            writer,
        }
    }

    /// Queues a chunk, waiting while the queue is full. `false`: the writer has stopped, and
    /// [`Pipeline::finish`] tells why.
    pub fn send(&self, job: Job) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok())
    }

    /// Waits for every queued chunk to be written and returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.jobs = None;
        for worker in self.workers.drain(..) {
            worker.join().expect("a gzip worker panicked");
        }
        let writer = self.writer.take().expect("the writer is joined once");
        writer.join().expect("the gzip writer panicked")
    }
}

impl<W> Drop for Pipeline<W> {
    fn drop(&mut self) {
        self.jobs = None;
        self.workers.drain(..).for_each(|w| drop(w.join()));
        if let Some(writer) = self.writer.take() {
            drop(writer.join());
        }
    }
}

fn work(jobs: &Mutex<Receiver<Job>>, done: &SyncSender<Done>, level: u32) {
    loop {
        let next = jobs
            .lock()
            .expect("no worker panics holding the queue")
            .recv();
        let Ok(job) = next else { return };
        if done.send((job.seq, deflate(level, &job))).is_err() {
            return;
        }
    }
}

fn write_in_order<W: Write>(mut out: W, done: &Receiver<Done>) -> io::Result<W> {
    out.write_all(&HEADER)?;
    let (mut next, mut waiting) = (0u64, BTreeMap::new());
    for (seq, bytes) in done {
        waiting.insert(seq, bytes);
        while let Some(bytes) = waiting.remove(&next) {
            out.write_all(&bytes)?;
            next += 1;
        }
    }
    Ok(out)
}
