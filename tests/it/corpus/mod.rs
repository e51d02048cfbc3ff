//! The bad-input corpus: every case is refused with exit status 1 or 2, a message naming the
//! culprit and the rule, no panic, and nothing in the output directory. The corpus is
//! `cases.tsv`.
mod inputs; // the files the cases point at: a tree, specs, a FIFO, junk, manifests

use std::process::Command;

use crate::host::BIN;

#[test]
fn every_bad_input_is_refused_clearly_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap().to_owned();
    inputs::make(dir.path());
    let mut failures = Vec::new();
    let cases = include_str!("cases.tsv").lines();
    let cases = cases.filter(|l| !l.is_empty() && !l.starts_with('#'));
    for (i, line) in cases.enumerate() {
        let (args, want) = line.split_once('\t').unwrap_or((line, ""));
        let want: Vec<&str> = want.split('\t').collect();
        let out = dir.path().join(format!("out{i}"));
        std::fs::create_dir(&out).unwrap();
        let o = out.to_str().unwrap();
        let argv: Vec<String> = args
            .split('|')
            .map(|a| a.replace("{D}", &d).replace("{O}", o))
            .collect();
        let run = Command::new(BIN)
            .args(&argv)
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output();
        let run = run.unwrap();
        let err = String::from_utf8_lossy(&run.stderr).into_owned();
        let left = std::fs::read_dir(&out).unwrap().count();
        let code = run.status.code();
        let fine = matches!(code, Some(1 | 2))
            && !err.contains("panicked")
            && want.iter().all(|w| err.contains(w))
            && left == 0;
        if !fine {
            failures.push(format!(
                "{args}\n  exit {code:?}, {left} left, stderr: {err}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
