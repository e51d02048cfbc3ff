//! zfs-reader's tests: pools our writer makes, the pool OpenZFS made, and damaged copies.
mod fixture; // a tree with one of everything, and pools written from it
mod reference; // the OpenZFS-written pool of /work/shared/reference: zdb's counts
mod written; // pools from zfs-writer: verified, and equal to their trees
