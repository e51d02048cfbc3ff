//! `anvil-assemble`: builds the pieces of a ZFS-rooted bootable ISO as an ordinary user.
#![forbid(unsafe_code)]

mod cli; // clap definitions and help examples
mod cmd; // one module per subcommand
mod manifest; // pool --manifest: TOML declaring the pool and its datasets
mod progress; // progress bars on a terminal, silence elsewhere

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
