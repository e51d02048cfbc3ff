//! Extended attributes a format cannot store: newc cpio has no field for them, and
//! hadris-iso writes Rock Ridge without AAIP (libisofs's attribute extension). The tree's
//! attributes become one warning (how many inodes, which names) or, by policy, a refusal
//! before any output is written.
use anvil_tree::Tree;

use crate::error::{Error, Result};

/// What a writer does with extended attributes its format cannot store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum XattrPolicy {
    /// Leave them out and say so once in the summary's warnings.
    #[default]
    Warn,
    /// Refuse the tree before writing anything.
    Error,
}

/// The warning to report for `tree` written as `format`, or the refusal `policy` asks for.
pub(crate) fn check(
    tree: &Tree,
    policy: XattrPolicy,
    format: &'static str,
) -> Result<Option<String>> {
    let (entries, names) = tree.xattr_summary();
    if entries == 0 {
        return Ok(None);
    }
    let names: Vec<_> = names.iter().map(|n| String::from_utf8_lossy(n)).collect();
    let names = names.join(", ");
    match policy {
        XattrPolicy::Warn => Ok(Some(format!(
            "{} extended attributes ({names}) that {format} cannot store; they are left out \
             (--xattrs error refuses instead)",
            carry(entries)
        ))),
        XattrPolicy::Error => Err(Error::Xattrs {
            entries,
            names,
            format,
        }),
    }
}

/// "1 entry carries" / "3 entries carry".
pub(crate) fn carry(entries: usize) -> String {
    match entries {
        1 => "1 entry carries".into(),
        n => format!("{n} entries carry"),
    }
}
