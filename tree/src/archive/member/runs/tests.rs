use super::runs;
use crate::source::Segment;

#[test]
fn accepts_sorted_runs_and_a_final_empty_one() {
    let got = runs(&[0, 10, 4096, 20, 8192, 0], 8192, 30).unwrap();
    assert_eq!(
        got[1],
        Segment {
            offset: 4096,
            len: 20
        }
    );
    assert_eq!(got.len(), 3);
}

#[test]
fn refuses_runs_beyond_the_size() {
    let e = runs(&[0, 10, 100, 20], 110, 30).unwrap_err();
    assert!(e.contains("beyond the file size 110"), "{e}");
}

#[test]
fn refuses_overlap_disorder_and_bad_totals() {
    assert!(
        runs(&[10, 10, 5, 1], 100, 11)
            .unwrap_err()
            .contains("overlapping")
    );
    assert!(
        runs(&[0, 10, 5, 10], 100, 20)
            .unwrap_err()
            .contains("overlapping")
    );
    assert!(
        runs(&[0, 10], 100, 11)
            .unwrap_err()
            .contains("covers 10 bytes")
    );
    assert!(runs(&[0], 100, 0).is_err());
}
