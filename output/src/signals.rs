//! SIGINT, SIGTERM and SIGHUP: remove what the run holds, then exit as the signal would
//! (128 + its number), from a thread of its own.
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Installs the handler; call once, early in `main`.
pub fn remove_on_signals() -> std::io::Result<()> {
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                super::registry::remove_all();
                eprintln!("interrupted: temporary output removed");
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}
