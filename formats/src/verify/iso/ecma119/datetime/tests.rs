use super::{long_form, short_form};

#[test]
fn short_form_known_answers() {
    // 2023-11-14 22:13:20 GMT, as our writer records SOURCE_DATE_EPOCH 1700000000.
    assert_eq!(short_form(&[123, 11, 14, 22, 13, 20, 0]), Ok(1_700_000_000));
    assert_eq!(short_form(&[70, 1, 1, 0, 0, 0, 0]), Ok(0));
    // One hour east of GMT (offset +4 quarter hours) is an hour earlier in GMT.
    assert_eq!(short_form(&[70, 1, 1, 1, 0, 0, 4]), Ok(0));
    assert_eq!(short_form(&[38, 4, 24, 22, 13, 20, 0]), Ok(-1_000_000_000));
    assert!(short_form(&[70, 13, 1, 0, 0, 0, 0]).is_err());
    assert!(short_form(&[70, 1, 1, 0, 0, 0]).is_err());
}

#[test]
fn long_form_known_answers() {
    assert_eq!(long_form(b"2023111422132000\0"), Ok(1_700_000_000));
    assert!(long_form(b"20231114221320xx\0").is_err());
}
