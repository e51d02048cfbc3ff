//! Runs QEMU and collects its serial console until the guest powers off or the deadline
//! passes; a guest still running then is killed and the run panics with its log.
use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// What QEMU left behind: its exit status, the serial console and its own stderr.
pub(super) struct Boot {
    pub status: ExitStatus,
    pub console: String,
    pub stderr: String,
}

/// Runs `cmd` with stdin closed until it exits; after `timeout` kills it and panics with the log.
pub(super) fn boot(mut cmd: Command, timeout: Duration) -> Boot {
    let spawned = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = spawned.unwrap_or_else(|e| panic!("starting {cmd:?}: {e}"));
    let console = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(status) = child.try_wait().expect("polling qemu") {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(50));
    };
    let (console, stderr) = (text(console), text(stderr));
    let Some(status) = status else {
        panic!(
            "the guest did not power off within {timeout:?}; qemu stderr:\n{stderr}\n\
             console log:\n{console}"
        );
    };
    Boot {
        status,
        console,
        stderr,
    }
}

/// Reads `pipe` to its end on a thread of its own, so QEMU never blocks on a full pipe.
fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn text(reader: JoinHandle<Vec<u8>>) -> String {
    String::from_utf8_lossy(&reader.join().expect("console reader thread")).into_owned()
}
