//! All-or-nothing output files. The bytes go to a hidden temporary file beside the target
//! (same directory, so the final rename is atomic), created before any work so a directory
//! that cannot take it fails at once; it becomes the target only on `commit`. An error drops
//! it; SIGINT, SIGTERM and SIGHUP remove every temporary (and work directory) the process
//! holds before it exits; a SIGKILL leaves one behind, which the next run for the same
//! target removes (a live run holds a lock on its own). The target must be a new path or a
//! regular file — never a device, FIFO, directory, socket or symlink — and never an input.
#![forbid(unsafe_code)]

mod check; // what a target may be, and that it is none of the inputs
mod registry; // the temporaries a signal removes
mod signals; // the SIGINT/SIGTERM/SIGHUP handler
mod stale; // temporaries a killed run left behind
mod temp; // the temporary file and its commit

pub use check::{not_an_input, target};
pub use registry::{Held, WorkDir, remove_all};
pub use signals::remove_on_signals;
pub use temp::Temp;
