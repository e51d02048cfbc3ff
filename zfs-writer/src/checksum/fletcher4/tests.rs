use super::fletcher4;

#[test]
fn small_known_answers() {
    assert_eq!(fletcher4(&[]), [0, 0, 0, 0]);
    // Words 1, 2: a = 1, 3; b = 1, 4; c = 1, 5; d = 1, 6.
    assert_eq!(fletcher4(&[1, 0, 0, 0, 2, 0, 0, 0]), [3, 4, 5, 6]);
}

#[test]
fn sums_wrap_instead_of_overflowing() {
    let data = vec![0xff; 128 * 1024];
    let [a, ..] = fletcher4(&data);
    assert_eq!(a, 0xffff_ffff * 32 * 1024);
}
