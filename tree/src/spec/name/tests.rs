use super::normalize;

#[test]
fn strips_slashes_and_dots() {
    assert_eq!(normalize(b"/dev/console").unwrap(), b"dev/console");
    assert_eq!(normalize(b"./dev//console/").unwrap(), b"dev/console");
    assert_eq!(normalize(b"/").unwrap(), b"");
}

#[test]
fn refuses_escapes_and_control_bytes() {
    assert!(
        normalize(b"/../etc")
            .unwrap_err()
            .contains("outside the archive")
    );
    assert!(normalize(b"/a/../../b").unwrap_err().contains("outside"));
    assert!(normalize(b"/bad\0name").unwrap_err().contains("0x00"));
    assert!(normalize(b"/bad\nname").unwrap_err().contains("0x0a"));
    assert!(normalize(b"/crlf\r").unwrap_err().contains("0x0d"));
}

#[test]
fn refuses_long_components() {
    let long = [b'a'; 256];
    assert!(normalize(&long).unwrap_err().contains("over 255"));
    assert!(normalize(&long[..255]).is_ok());
}
