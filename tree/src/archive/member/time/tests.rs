use super::pax_time;
use crate::meta::Time;

#[test]
fn whole_and_fractional() {
    assert_eq!(
        pax_time(b"1700000000").unwrap(),
        Time {
            sec: 1_700_000_000,
            nsec: 0
        }
    );
    assert_eq!(
        pax_time(b"12.5").unwrap(),
        Time {
            sec: 12,
            nsec: 500_000_000
        }
    );
    let t = pax_time(b"1.1234567891").unwrap();
    assert_eq!(
        t,
        Time {
            sec: 1,
            nsec: 123_456_789
        }
    );
}

#[test]
fn negative_times() {
    assert_eq!(
        pax_time(b"-1.25").unwrap(),
        Time {
            sec: -2,
            nsec: 750_000_000
        }
    );
    assert_eq!(pax_time(b"-3").unwrap(), Time { sec: -3, nsec: 0 });
}

#[test]
fn refuses_garbage() {
    assert!(pax_time(b"12x").is_err());
    assert!(pax_time(b"1.2.3").is_err());
    assert!(pax_time(b"").is_err());
}
