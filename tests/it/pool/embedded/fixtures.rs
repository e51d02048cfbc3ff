//! The pool suites' fixtures written with embedded blocks: every kind of entry (the fixture
//! with its spec), and xattrs in SA, spill blocks and xattr directories (the xattr fixture).
use super::{assert_equals_tree, load, write};
use crate::pool::run::assert_no_leaks;
use crate::pool::xattrs::fixture::XattrTree;
use crate::tree::fixture::Fixture;

#[test]
fn the_fixture_embedded_is_clean_for_zdb_and_equals_its_tree() {
    let fx = Fixture::build();
    let tree = load(&fx.root, Some(&fx.spec));
    let dir = fx.dir.path().join("embedded");
    let (img, _) = write(&tree, &dir, true, 2);
    assert_no_leaks(&dir);
    let report = assert_equals_tree(&img, &tree);
    assert!(report.blocks.embedded > 50, "{report}");
}

#[test]
fn the_xattr_fixture_embedded_is_clean_for_zdb_and_equals_its_tree() {
    let x = XattrTree::build();
    let tree = load(&x.root, None);
    let dir = x.dir.path().join("embedded");
    let (img, _) = write(&tree, &dir, true, 2);
    assert_no_leaks(&dir);
    let report = assert_equals_tree(&img, &tree);
    assert!(report.blocks.embedded > 0, "{report}");
}
