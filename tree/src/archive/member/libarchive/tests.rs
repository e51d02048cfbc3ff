use super::{base64, unpercent};

#[test]
fn percent_names() {
    assert_eq!(unpercent(b"user.a%3Db%25").unwrap(), b"user.a=b%");
    assert!(unpercent(b"user.%zz").is_err());
}

#[test]
fn base64_values() {
    assert_eq!(base64(b"aGVsbG8=").unwrap(), b"hello");
    assert_eq!(base64(b"aGVsbG8").unwrap(), b"hello");
    assert_eq!(base64(b"AAEC/w==").unwrap(), [0, 1, 2, 255]);
    assert_eq!(base64(b"").unwrap(), b"");
    assert!(base64(b"a*b").is_err());
}
