//! Reservations: what an object set's own blocks take is known before they are written
//! (makefs objset.c `objset_write`), and each extent goes to a block of its kind and size.
use zfs_writer::dmu::Reservation;
use zfs_writer::phys::DmuType;
use zfs_writer::vdev::Alloc;

/// An allocator over 1 GiB in 512 MiB metaslabs of 4 KiB units.
fn alloc() -> Alloc {
    Alloc::new(1 << 30, 12, 29)
}

#[test]
fn an_object_set_reserves_its_dnode_blocks_indirect_block_and_objset_block() {
    let mut a = alloc();
    let mut r = Reservation::new(&a);
    r.reserve_objset(&mut a, 4 * 32).unwrap(); // objects 1–128: dnode blocks 0–4
    let left = |k| r.left(k);
    assert_eq!(left((DmuType::Dnode, 0)), 5);
    assert_eq!(
        left((DmuType::Dnode, 1)),
        1,
        "5 blocks need more than 3 pointers"
    );
    assert_eq!(left((DmuType::Objset, 0)), 1);
    assert_eq!(r.stats.asize, a.used());
    assert_eq!(r.stats.asize, 5 * (16 << 10) + (128 << 10) + 4096);
}

#[test]
fn a_small_object_set_needs_no_indirect_block() {
    let mut a = alloc();
    let mut r = Reservation::new(&a);
    r.reserve_objset(&mut a, 95).unwrap(); // dnode blocks 0–2
    assert_eq!(r.left((DmuType::Dnode, 0)), 3);
    assert_eq!(r.left((DmuType::Dnode, 1)), 0);
}

#[test]
fn extents_are_taken_in_order_and_used_up() {
    let mut a = alloc();
    let mut r = Reservation::new(&a);
    let kind = (DmuType::SpaceMap, 0);
    r.reserve(&mut a, kind, 4096, 2).unwrap();
    assert_eq!(r.take(kind, 4096), (0, 4096));
    assert!(!r.is_used_up());
    assert_eq!(r.take(kind, 4096), (4096, 4096));
    assert!(r.is_used_up());
}

#[test]
#[should_panic(expected = "in 4096 reserved")]
fn a_block_of_another_size_is_refused() {
    let mut a = alloc();
    let mut r = Reservation::new(&a);
    r.reserve(&mut a, (DmuType::ObjectArray, 0), 4096, 1)
        .unwrap();
    r.take((DmuType::ObjectArray, 0), 8192);
}
