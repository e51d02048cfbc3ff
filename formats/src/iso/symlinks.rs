//! Symlink targets Rock Ridge as hadris-iso writes it cannot keep: its `SL` encoding drops an
//! empty component, so a trailing `/` (`dir/`) and a doubled one (`a//b`) are lost (found by
//! `verify`; `formats/tests/it/verify/iso_stress.rs` pins it). One warning names how many and
//! an example, rather than a silent change.
use anvil_tree::{Kind, Tree};

/// The warning for `tree`, if any symlink target has an empty component.
pub(super) fn check(tree: &Tree) -> Option<String> {
    let lossy = |target: &[u8]| {
        let inner = target.strip_prefix(b"/").unwrap_or(target);
        inner.ends_with(b"/") || inner.windows(2).any(|w| w == b"//")
    };
    let mut hit = tree.entries().iter().filter(|e| match &e.kind {
        Kind::Symlink { target } => lossy(target),
        _ => false,
    });
    let first = hit.next()?;
    let count = 1 + hit.count();
    Some(format!(
        "{count} symlink target{} with an empty component (a trailing or doubled /), e.g. /{}: \
         the ISO's Rock Ridge records store {} without the empty component",
        if count == 1 { "" } else { "s" },
        String::from_utf8_lossy(&first.path),
        if count == 1 { "it" } else { "them" },
    ))
}
