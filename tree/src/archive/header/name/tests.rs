use super::normalize;

#[test]
fn strips_dots_and_slashes() {
    assert_eq!(normalize(b"./usr//bin/").unwrap(), b"usr/bin");
    assert_eq!(normalize(b"usr/./lib").unwrap(), b"usr/lib");
    assert_eq!(normalize(b"./").unwrap(), b"");
    assert_eq!(normalize(b".").unwrap(), b"");
    assert_eq!(normalize(b"a\nb\x01").unwrap(), b"a\nb\x01");
}

#[test]
fn refuses_escapes_and_long_components() {
    assert!(normalize(b"/etc/passwd").unwrap_err().contains("escape"));
    assert!(normalize(b"a/../../b").unwrap_err().contains("escape"));
    assert!(normalize(b"..").unwrap_err().contains("escape"));
    let long = vec![b'x'; 256];
    assert!(normalize(&long).unwrap_err().contains("256 bytes"));
    assert!(normalize(&vec![b'x'; 255]).is_ok());
}
