//! anvil-tree: order, owners, times, links and spec overrides of loaded trees.
mod load; // walk + options
mod spec; // spec lines over a walked tree
