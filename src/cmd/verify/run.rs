//! The order of work: what the image is, the tree if given, the verifier, the report.
use std::time::Instant;

use anyhow::{Context, Result};

use super::sniff::{Kind, sniff};
use crate::cli::{TreeArgs, VerifyArgs};

/// Verifies, prints the report.
pub fn run(args: &VerifyArgs) -> Result<()> {
    let start = Instant::now();
    let kind = sniff(&args.image)?;
    let tree = match &args.tree {
        Some(root) => {
            let t = TreeArgs {
                root: root.clone(),
                spec: args.spec.clone(),
                all_root: args.all_root,
            };
            Some(crate::cmd::tree::load(&t, &args.image)?)
        }
        None => None,
    };
    let (image, tree) = (&args.image, tree.as_ref());
    let named = || format!("verifying {}", image.display());
    let report = match kind {
        Kind::Pool => super::pool(image, tree, args.dataset.as_deref()).with_context(named)?,
        Kind::Initramfs => formats::verify::initramfs(image, tree)
            .with_context(named)?
            .to_string(),
        Kind::Iso => formats::verify::iso(image, tree)
            .with_context(named)?
            .to_string(),
    };
    print!("{report}");
    println!(
        "{}: verified in {:.2} s",
        image.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
