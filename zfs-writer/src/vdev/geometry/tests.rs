use super::Geometry;

#[test]
fn matches_the_reference_pool() {
    // ../shared/reference/minimal-lz4: a 246 MiB vdev, asize 253231104, metaslab_shift 24, 15 metaslabs.
    let g = Geometry::new(257_949_696, 12).unwrap();
    assert_eq!((g.asize, g.ms_shift, g.ms_count), (253_231_104, 24, 15));
    assert_eq!(g.label_offset(2), 257_949_696 - 512 * 1024);
}

#[test]
fn default_image_and_limits() {
    let g = Geometry::new(500 << 20, 12).unwrap();
    assert_eq!((g.ms_shift, g.ms_count), (25, 15));
    assert!(Geometry::new((64 << 20) - 1, 12).is_none());
    let big = Geometry::new(1 << 40, 12).unwrap();
    assert_eq!(big.ms_shift, 33, "1 TiB: about 128 metaslabs of 8 GiB");
}
