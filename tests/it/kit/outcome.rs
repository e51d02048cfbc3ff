//! What a run returns, cut out of the serial log between the markers `/init` prints.
use super::boot::Boot;

/// Printed by `/init` on a line of its own just before the script starts.
pub(super) const BEGIN: &str = "<<<ANVIL-KIT-BEGIN>>>";
/// Printed by `/init` after the script as `<<<ANVIL-KIT-EXIT status>>>`.
pub(super) const EXIT: &str = "<<<ANVIL-KIT-EXIT ";
/// Closes the exit marker.
pub(super) const EXIT_END: &str = ">>>";

/// The result of one boot.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The script's exit status.
    pub status: i32,
    /// What the script printed (stdout and stderr), `\r\n` turned into `\n`. Kernel messages
    /// may be interleaved.
    pub output: String,
    /// The whole serial console log, `\r\n` turned into `\n`.
    pub console: String,
}

impl Outcome {
    /// The script's output, after asserting that it exited 0 (else the whole console).
    pub fn succeeded(&self) -> &str {
        assert_eq!(self.status, 0, "guest script failed:\n{}", self.console);
        &self.output
    }

    /// Finds the markers in `boot`'s console; panics with the whole log if they are missing.
    pub(super) fn parse(boot: &Boot) -> Outcome {
        let console = boot.console.replace("\r\n", "\n");
        let Some((output, status)) = cut(&console) else {
            panic!(
                "the guest powered off without printing the kit's exit marker \
                 (QEMU {}); qemu stderr:\n{}\nconsole log:\n{console}",
                boot.status, boot.stderr
            );
        };
        Outcome {
            status,
            output: output.to_owned(),
            console: console.clone(),
        }
    }
}

/// The text between the begin line and the last exit marker, and the status in that marker.
fn cut(console: &str) -> Option<(&str, i32)> {
    let begin_line = format!("{BEGIN}\n");
    let start = console.find(&begin_line)? + begin_line.len();
    let rest = &console[start..];
    let end = rest.rfind(EXIT)?;
    let after = &rest[end + EXIT.len()..];
    let status = after[..after.find(EXIT_END)?].trim().parse().ok()?;
    Some((&rest[..end], status))
}
