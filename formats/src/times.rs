//! Times a format cannot hold: newc keeps unsigned 32-bit seconds, so a time before 1970 (or
//! after 2106) is stored as the nearest it can — said once, with the count and an example.
use anvil_tree::Tree;

/// The warning for `tree` in newc, if any entry's time is out of its range.
pub(crate) fn newc(tree: &Tree) -> Option<String> {
    let out = |e: &&anvil_tree::Entry| !(0..=i64::from(u32::MAX)).contains(&e.meta.mtime.sec);
    let mut outside = tree.entries().iter().filter(out);
    let first = outside.next()?;
    let count = 1 + outside.count();
    Some(format!(
        "{count} {} times newc cannot hold (before 1970 or after 2106), e.g. /{}: \
         stored as the nearest it can",
        if count == 1 {
            "entry has"
        } else {
            "entries have"
        },
        String::from_utf8_lossy(&first.path)
    ))
}
