//! `portdoctor`: why does my connection fail? See `portdoctor --help`.

mod app;
mod cli;
mod exit;
mod listeners;
mod progress;
mod serve;

fn main() -> std::process::ExitCode {
    app::main()
}
