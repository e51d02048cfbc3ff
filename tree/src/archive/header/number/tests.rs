use super::{decimal, number};

#[test]
fn octal_fields() {
    assert_eq!(number(b"0000644\0").unwrap(), 0o644);
    assert_eq!(number(b"  1750 \0").unwrap(), 0o1750);
    assert_eq!(number(b"00000001234\0").unwrap(), 0o1234);
    assert_eq!(number(b"\0\0\0\0\0\0\0\0").unwrap(), 0);
    assert_eq!(number(b"77777777777 ").unwrap(), 0o77777777777);
    assert!(number(b"0009\0").unwrap_err().contains("not octal"));
}

#[test]
fn base256_positive() {
    let mut f = [0u8; 12];
    f[0] = 0x80;
    f[4..].copy_from_slice(&(10u64 << 33).to_be_bytes());
    assert_eq!(number(&f).unwrap(), 10 << 33);
    let uid = [0x80, 0, 0, 0, 0xff, 0xff, 0xff, 0xfe];
    assert_eq!(number(&uid).unwrap(), 0xffff_fffe);
}

#[test]
fn base256_negative() {
    let mut f = [0xffu8; 12];
    assert_eq!(number(&f).unwrap(), -1);
    f[11] = 0x00;
    assert_eq!(number(&f).unwrap(), -256);
}

#[test]
fn decimals() {
    assert_eq!(decimal(b"1234").unwrap(), 1234);
    assert!(decimal(b"").is_err());
    assert!(decimal(b"12a").is_err());
    assert!(decimal(b"99999999999999999999999").is_err());
}
