//! Prints a YAML file as JSON with hoshi's loader, for scoring the loader against the YAML
//! test suite: `cargo run --example yaml2json -- FILE`. Exits 1 on a problem.
//! hoshi's client files hold one document each, so streams of several documents fail.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        return ExitCode::from(2);
    };
    let Ok(bytes) = std::fs::read(&path) else {
        return ExitCode::from(2);
    };
    let loaded = hoshi::load::yaml::load(&bytes);
    match (loaded.document, loaded.problems.is_empty()) {
        (Some(doc), true) => {
            println!("{}", doc.value);
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(1),
    }
}
