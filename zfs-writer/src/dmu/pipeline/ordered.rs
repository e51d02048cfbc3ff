//! The consumer side of the data pipeline: prepared blocks back in sequence order.
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::{Scope, ScopedJoinHandle};

use super::reader::{FileData, Job, read_all};
use crate::dmu::Prepared;
use crate::error::Result;

type Done = (u64, Result<Prepared>);
/// Prepares one logical block (`dmu::prepare` with the writer's settings), on any thread.
pub type Prep = dyn Fn(Vec<u8>) -> Prepared + Sync;

/// Prepared data blocks of a list of files, in order, produced by threads in `scope`.
pub struct DataStream<'scope> {
    done: Receiver<Done>,
    waiting: BTreeMap<u64, Result<Prepared>>,
    next: u64,
    _threads: Vec<ScopedJoinHandle<'scope, ()>>,
}

impl<'scope> DataStream<'scope> {
    /// Starts the reader (reporting bytes read to `progress`; reading nothing when `dry`)
    /// and `threads` workers on `files`, each block prepared by `prep` (compression and
    /// embedding as the writer decides). Dropping the stream stops them.
    pub fn start<'env>(
        scope: &'scope Scope<'scope, 'env>,
        files: &'env [FileData],
        progress: &'env (dyn Fn(u64) + Sync),
        prep: &'env Prep,
        threads: usize,
        dry: bool,
    ) -> DataStream<'scope> {
        let threads = threads.max(1);
        let (job_tx, job_rx) = sync_channel::<Job>(threads * 2);
        let (done_tx, done) = sync_channel::<Done>(threads * 2);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let mut handles = vec![scope.spawn(move || read_all(files, &job_tx, progress, dry))];
        for _ in 0..threads {
            let (rx, tx) = (Arc::clone(&job_rx), done_tx.clone());
            handles.push(scope.spawn(move || work(&rx, &tx, prep)));
        }
        DataStream {
            done,
            waiting: BTreeMap::new(),
            next: 0,
            _threads: handles,
        }
    }

    /// The next block in order.
    pub fn next_block(&mut self) -> Result<Prepared> {
        loop {
            if let Some(block) = self.waiting.remove(&self.next) {
                self.next += 1;
                return block;
            }
            let (seq, block) = self
                .done
                .recv()
                .expect("workers outlive the blocks they owe");
            self.waiting.insert(seq, block);
        }
    }

    /// Ends the stream: every block was taken, so only an error (a file read after its last
    /// block, e.g. one that grew) can still be on its way.
    pub fn finish(mut self) -> Result<()> {
        if let Some(Err(e)) = std::mem::take(&mut self.waiting).into_values().next() {
            return Err(e);
        }
        match self.done.recv() {
            Ok((_, Err(e))) => Err(e),
            Ok((seq, Ok(_))) => panic!("block {seq} was read but never placed"),
            Err(_) => Ok(()),
        }
    }
}

fn work(jobs: &Mutex<Receiver<Job>>, done: &SyncSender<Done>, prep: &Prep) {
    loop {
        let next = jobs
            .lock()
            .expect("no worker panics holding the queue")
            .recv();
        let Ok((seq, data)) = next else { return };
        if done.send((seq, data.map(prep))).is_err() {
            return;
        }
    }
}
