//! zfs-reader's tests: pools our writer makes, the pool OpenZFS made, and damaged copies.
mod accounting; // user/group/project accounting verified; one wrong sum reported
mod corrupt; // one changed byte or one leaked allocation, each reported
mod fixture; // a tree with one of everything, and pools written from it
mod flips; // thousands of flips: an error or a pass, never a panic or a hang
mod flips_zpl; // flips in a dataset's ZPL objects, verified against the tree
mod reference; // the OpenZFS-written pool of /work/shared/reference: zdb's counts
mod space; // space maps that disagree with the blocks: a leak, a referenced block freed
mod surgery; // change a block and recompute checksums up to the uberblocks
mod written; // pools from zfs-writer: verified, and equal to their trees
