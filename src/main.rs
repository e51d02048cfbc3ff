//! `anvil-assemble`: builds the pieces of a ZFS-rooted bootable ISO as an ordinary user.
#![forbid(unsafe_code)]

mod build; // the default build: anvil.toml → anvilos-alpha.iso
mod cli; // clap definitions and help examples
mod cmd; // one module per subcommand
mod manifest; // pool --manifest: TOML declaring the pool and its datasets
mod progress; // progress bars on a terminal, silence elsewhere

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    if let Err(e) = anvil_output::remove_on_signals() {
        eprintln!("error: installing the signal handler: {e}");
        return ExitCode::FAILURE;
    }
    match cli.command.map_or_else(|| build::run(&cli.build), cmd::run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", message(&err));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes joined by ": ", skipping a cause whose text its parent already
/// ends with (library errors print their I/O cause themselves).
fn message(err: &anyhow::Error) -> String {
    let mut text = err.to_string();
    for cause in err.chain().skip(1).map(|c| c.to_string()) {
        if !text.ends_with(&cause) {
            text = format!("{text}: {cause}");
        }
    }
    text
}
