//! Manifests Anvil refuses: a non-zero exit, a message naming `pool.toml` with the line and
//! column (where TOML gives a span), the dataset and the key, and nothing in `out/`.
use super::{Work, text};

/// Runs `pool --manifest pool.toml` on `toml` plus `extra`; asserts the refusal contract and
/// that the message holds each of `want`.
pub fn refused_with(toml: &str, extra: &[&str], want: &[&str]) {
    let w = Work::new(toml);
    let mut run = w.command();
    let out = run
        .args(["--manifest", "pool.toml"])
        .args(extra)
        .output()
        .unwrap();
    let message = text(&out);
    assert!(!out.status.success(), "accepted {toml:?}: {message}");
    for needle in want {
        assert!(
            message.contains(needle),
            "{toml:?}: no {needle:?} in {message}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(w.out()).unwrap().collect();
    assert!(left.is_empty(), "{toml:?} left {left:?}");
}

/// [`refused_with`] with no extra flags.
pub fn refused(toml: &str, want: &[&str]) {
    refused_with(toml, &[], want);
}

#[test]
fn toml_errors_name_the_file_line_and_key() {
    refused("[pool\n", &["pool.toml:1:6", "expected `]`"]);
    refused("[pool]\ncolour = 1\n", &["pool.toml:2:1", "`colour`"]);
    refused("[pool]\nsize = \"12Q\"\n", &["pool.toml:2:8", "\"12Q\""]);
    refused("[pool]\nashift = 20\n", &["pool.toml:2:10", "ashift 20"]);
    refused(
        "[pool]\ncompression = \"zstd-20\"\n",
        &["pool.toml:2:15", "zstd levels are zstd-1 to zstd-19"],
    );
    refused(
        "[pool]\ncompression = \"gzip-9\"\n",
        &["pool.toml:2:15", "this writer does not write"],
    );
    let all_root = "[[dataset]]\nname = \"ROOT\"\nall_root = \"yes\"\n";
    refused(all_root, &["pool.toml:3:12", "`all_root = \"yes\"`"]);
}

#[test]
fn dataset_names_are_unique_and_follow_their_parent() {
    let orphan = "[[dataset]]\nname = \"ROOT/home\"\n";
    refused(
        orphan,
        &["pool.toml:2:8", "\"ROOT/home\" needs its parent \"ROOT\""],
    );
    let twice = "[[dataset]]\nname = \"ROOT\"\n[[dataset]]\nname = \"ROOT\"\n";
    refused(twice, &["pool.toml:4:8", "\"ROOT\" is listed twice"]);
    refused(
        "[[dataset]]\nname = \"ROOT/\"\n",
        &["pool.toml:2:8", "\"ROOT/\""],
    );
    // OpenZFS takes spaces; `*` and a `..` component it refuses.
    refused(
        "[[dataset]]\nname = \"RO*OT\"\n",
        &["pool.toml:2:8", "\"RO*OT\"", "'*' is not allowed"],
    );
    refused(
        "[[dataset]]\nname = \"..\"\n",
        &["pool.toml:2:8", "a component may not be \"..\""],
    );
    let missing = "[[dataset]]\nname = \"ROOT\"\nroot = \"missing\"\n";
    refused(missing, &["pool.toml", "dataset \"ROOT\"", "missing"]);
}

#[test]
fn tree_flags_conflict_with_a_manifest_and_root_is_required_without_one() {
    let conflict = "'--manifest <FILE>' cannot be used with";
    refused_with("", &["--root", "."], &[conflict, "'--root <DIR|TAR>'"]);
    refused_with(
        "",
        &["--dataset", "X"],
        &[conflict, "'--dataset <DATASET>'"],
    );
    let out = Work::new("").command().output().unwrap();
    let message = text(&out);
    assert!(
        !out.status.success() && message.contains("--root <DIR|TAR>"),
        "{message}"
    );
}
