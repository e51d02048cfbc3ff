//! anvil-tree: order, owners, times, links and spec overrides of loaded trees.
mod archive; // tar archives made by the reference tools, good and bad
mod load; // walk + options
mod spec; // spec lines over a walked tree
