//! Differences between two manifests, as a test failure should show them.
use super::Manifest;

/// Human-readable differences between two manifests; empty when they agree.
fn diff(expected: &Manifest, actual: &Manifest) -> Vec<String> {
    let show = |p: &[u8]| String::from_utf8_lossy(p).into_owned();
    let mut out = Vec::new();
    for (path, want) in expected {
        match actual.get(path) {
            None => out.push(format!("missing {}", show(path))),
            Some(got) if got != want => {
                out.push(format!("{}:\n  want {want:?}\n  got  {got:?}", show(path)))
            }
            _ => {}
        }
    }
    out.extend(
        actual
            .keys()
            .filter(|p| !expected.contains_key(*p))
            .map(|p| format!("unexpected {}", show(p))),
    );
    out
}

/// Asserts that `actual` equals `expected`, showing the first 40 differences otherwise.
pub fn assert_same(expected: &Manifest, actual: &Manifest) {
    let diff = diff(expected, actual);
    let shown = diff.iter().take(40).cloned().collect::<Vec<_>>().join("\n");
    assert!(diff.is_empty(), "{} differences:\n{shown}", diff.len());
}
