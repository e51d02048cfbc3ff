use super::Alloc;

#[test]
fn blocks_never_straddle_a_metaslab() {
    // 1 MiB metaslabs, 4 KiB units.
    let mut a = Alloc::new(4 << 20, 12, 20);
    assert_eq!(a.alloc(1000).unwrap(), (0, 4096));
    for _ in 0..7 {
        a.alloc(128 << 10).unwrap();
    }
    // 4096 + 7 × 128 KiB used; the next 128 KiB would cross 1 MiB, so it starts there.
    assert_eq!(a.alloc(128 << 10).unwrap(), (1 << 20, 128 << 10));
    assert_eq!(a.filled(), &[4096 + 7 * (128 << 10), 128 << 10]);
    assert_eq!(a.used(), 4096 + 8 * (128 << 10));
}

#[test]
fn running_out_is_an_error() {
    let mut a = Alloc::new(1 << 20, 12, 20);
    a.alloc(1 << 20).unwrap();
    assert!(a.alloc(512).is_err());
}
