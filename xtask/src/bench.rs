//! `cargo xtask bench`: builds the release CLI benchmark binary and runs it.

use crate::{cargo, run};

pub fn bench() -> Result<(), String> {
    run(cargo().args([
        "run",
        "--release",
        "-p",
        "loopscope_tests",
        "--bin",
        "loopscope-bench",
    ]))
}
