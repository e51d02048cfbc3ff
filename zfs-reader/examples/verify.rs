//! `verify IMAGE [DATASET DIR]`: verifies a pool image and prints the report; with a dataset
//! and a directory (or archive), compares the dataset with that tree. Timing aid until the CLI
//! has `anvil-assemble verify`.
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(image) = args.first() else {
        return Err("usage: verify IMAGE [DATASET DIR]".into());
    };
    let start = Instant::now();
    let tree = match args.get(2) {
        Some(dir) => {
            let epoch = std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.parse().ok());
            let opts = anvil_tree::Options {
                root: Some(dir.into()),
                source_date_epoch: epoch,
                ..anvil_tree::Options::default()
            };
            Some(anvil_tree::load(&opts)?)
        }
        None => None,
    };
    let dataset = args.get(1).map(String::as_str).unwrap_or_default();
    let opts = zfs_reader::Options {
        tree: tree.as_ref().map(|t| (dataset, t)),
        ..zfs_reader::Options::default()
    };
    let report = zfs_reader::verify(image.as_ref(), &opts)?;
    print!("{report}");
    eprintln!("verified in {:.2?}", start.elapsed());
    Ok(())
}
