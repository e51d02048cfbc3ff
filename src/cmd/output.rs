//! `--out` before any work: checked (a new path or a regular file, none of the inputs, not
//! inside an input directory), and a temporary file made and removed beside it, so a
//! directory that cannot take the output fails before minutes of work rather than after.
use std::path::Path;

use anyhow::{Context, Result};

/// Checks `out` against the rules and against `inputs` (missing ones are skipped: their
/// own errors come later, naming them).
pub fn claim(out: &Path, inputs: &[&Path]) -> Result<()> {
    let named = || format!("--out {}", out.display());
    anvil_output::target(out).with_context(named)?;
    anvil_output::not_an_input(out, inputs).with_context(named)?;
    drop(anvil_output::Temp::create(out).with_context(named)?);
    Ok(())
}
