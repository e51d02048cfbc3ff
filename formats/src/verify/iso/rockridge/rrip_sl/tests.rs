use super::symlink;
use crate::verify::iso::rrip::Rr;

/// One SL entry's data: flags, then `(component flags, bytes)` pieces.
fn sl(flags: u8, parts: &[(u8, &[u8])]) -> Vec<u8> {
    let mut out = vec![flags];
    for (f, b) in parts {
        out.extend([*f, b.len() as u8]);
        out.extend_from_slice(b);
    }
    out
}

fn target(entries: &[Vec<u8>]) -> String {
    let mut rr = Rr::default();
    for e in entries {
        symlink(&mut rr, e, 0).unwrap();
    }
    String::from_utf8(rr.target.unwrap()).unwrap()
}

#[test]
fn components_join_with_slashes() {
    assert_eq!(
        target(&[sl(0, &[(8, b""), (0, b"abs"), (0, b"path")])]),
        "/abs/path"
    );
    assert_eq!(target(&[sl(0, &[(4, b""), (2, b""), (0, b"x")])]), ".././x");
    assert_eq!(target(&[sl(0, &[(8, b"")])]), "/");
}

#[test]
fn a_continued_component_spans_entries() {
    let first = sl(1, &[(0, b"etc"), (1, b"ho")]);
    let second = sl(0, &[(0, b"stname")]);
    assert_eq!(target(&[first, second]), "etc/hostname");
}

#[test]
fn bad_flags_and_short_components_are_errors() {
    let mut rr = Rr::default();
    assert!(symlink(&mut rr, &sl(0, &[(0x10, b"x")]), 0).is_err());
    assert!(symlink(&mut rr, &[0, 0, 9, b'x'], 0).is_err());
}
