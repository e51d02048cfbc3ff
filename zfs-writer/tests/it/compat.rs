//! Preset names: exactly the generated ones, `off` and `legacy`; nothing else, not even a
//! comment line of the data file.
use zfs_writer::feature::Compatibility;

#[test]
fn only_real_preset_names_are_accepted() {
    for bad in ["# name", "", "grub2\n", "openzfs-2.1", "grub2\tx"] {
        assert!(Compatibility::named(bad).is_err(), "{bad:?} accepted");
    }
    let names = Compatibility::names();
    assert!(names.iter().all(|n| !n.starts_with('#')), "{names:?}");
    let grub = Compatibility::named("grub2").unwrap();
    assert!(grub.enables("zilsaxattr") && !grub.enables("zstd_compress"));
    assert!(Compatibility::named("legacy").unwrap().is_legacy());
}
