//! zfs-reader's tests: pools our writer makes, the pool OpenZFS made, and damaged copies.
mod reference; // the OpenZFS-written pool of /work/shared/reference: zdb's counts
