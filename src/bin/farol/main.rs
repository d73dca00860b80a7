//! The `farol` command: parses arguments and hands each command to the library.
//! Exit codes: 0 success, 1 a check failed, 2 usage or I/O error.

mod args;
mod commands;
mod records;
mod report_cmd;
mod review_cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
