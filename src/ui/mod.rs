//! Terminal output: autorun's and the scripts' writes to stdout and stderr.

pub mod live;
pub mod status;
pub mod stdio;
