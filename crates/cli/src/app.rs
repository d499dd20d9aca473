//! What each command does. Arguments are checked first, then we act.

use std::io::{IsTerminal, Read, Write};
use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use portdoctor_core::duration::parse_duration;
use portdoctor_core::finding::Verdict;
use portdoctor_core::target::{TargetError, parse_port_number};
use portdoctor_core::{Catalog, Report};
use portdoctor_probe::{CancellationToken, test_listener};

use crate::cli::{CheckArgs, Cli, Command, ExplainArgs, Format, ListenArgs, Output, ShowArgs};
use crate::exit;
use crate::progress::Spinner;

/// Like eprintln!, but a closed stderr is not a reason to stop (or to panic).
macro_rules! note {
    ($($arg:tt)*) => {{
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, $($arg)*);
    }};
}

/// A message for the user and the exit code that goes with it.
pub struct Failure {
    pub message: String,
    pub code: u8,
}

pub type Outcome = Result<u8, Failure>;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Explain(args) => explain(args),
        Command::Listen(args) => listen(args),
        Command::Listeners(args) => crate::listeners::run(args),
        Command::Serve(args) => serve(args),
        Command::Show(args) => show(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            note!("portdoctor: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// The catalogue in the language the one rule picks ([`portdoctor_api::language`]).
pub fn catalog(lang: Option<&str>) -> Catalog {
    portdoctor_api::catalog(lang)
}

fn bad_input(message: String) -> Failure {
    Failure {
        message,
        code: exit::BAD_INPUT,
    }
}

pub fn target_error(c: &Catalog, e: &TargetError) -> Failure {
    bad_input(portdoctor_api::target_error(c, e).message)
}

fn duration(c: &Catalog, text: &str) -> Result<Duration, Failure> {
    parse_duration(text).map_err(|_| bad_input(c.get("duration-error", &[("value", text)])))
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure {
            message: e.to_string(),
            code: exit::FAILED,
        })
}

/// Cancels `token` on Ctrl-C.
fn cancel_on_ctrl_c(token: &CancellationToken) {
    let token = token.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            token.cancel();
        }
    });
}

/// An error of the api as the CLI says it: Ctrl-C is 130, anything else bad input.
fn api_failure(e: portdoctor_api::ApiError) -> Failure {
    Failure {
        code: if e.code == "cancelled" {
            exit::CANCELLED
        } else {
            exit::BAD_INPUT
        },
        message: e.message,
    }
}

fn check(args: CheckArgs) -> Outcome {
    let c = catalog(args.output.lang.as_deref());
    let request = portdoctor_api::CheckRequest {
        input: args.target.join(" "),
        timeout: Some(args.timeout.clone()),
        service: args.service.clone(),
        no_path: Some(args.no_path),
        port: args.port,
        earlier: None,
        lang: None,
    };
    // Bad input says so before anything is checked.
    let what = match portdoctor_api::understand(&request.input, &c) {
        portdoctor_api::Understood::Target { target, .. }
        | portdoctor_api::Understood::Message {
            target: Some(target),
            ..
        } => target.display_addr(),
        _ => request.input.clone(),
    };
    let spinner = Arc::new(Spinner::new());
    let result = runtime()?.block_on(async {
        let cancel = CancellationToken::new();
        cancel_on_ctrl_c(&cancel);
        let sp = Arc::clone(&spinner);
        let still = {
            let sp = Arc::clone(&spinner);
            let message = c.get("progress-still", &[("what", &what)]);
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(10)).await;
                sp.say(message);
            })
        };
        let on_progress = move |e: portdoctor_api::ProgressEvent| sp.say(e.text);
        let result = portdoctor_api::check(&request, &c, &on_progress, &cancel).await;
        still.abort();
        result
    });
    spinner.finish();
    let report = result.map_err(api_failure)?;
    emit(&report, &args.output, &c)?;
    Ok(match report.primary().map(|f| f.finding.verdict) {
        Some(Verdict::Ok) => exit::OK,
        _ => exit::PROBLEM,
    })
}

/// Reads a file, or standard input for `-`, at most `limit` bytes.
fn read_input(path: Option<&std::path::Path>, limit: u64, c: &Catalog) -> Result<String, Failure> {
    let mut buf = Vec::new();
    let unreadable = |e: std::io::Error| {
        bad_input(c.get("text-error-unreadable", &[("detail", &c.io_error(&e))]))
    };
    match path {
        Some(p) if p.as_os_str() != "-" => {
            std::fs::File::open(p)
                .map_err(unreadable)?
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(unreadable)?;
        }
        _ => {
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(unreadable)?;
        }
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn explain(args: ExplainArgs) -> Outcome {
    let c = catalog(args.output.lang.as_deref());
    let text = if args.text.len() == 1 && args.text[0] == "-" {
        // Bounded read: a paste larger than this is not an error message.
        read_input(None, 4 * 1024 * 1024, &c)?
    } else {
        args.text.join(" ")
    };
    let report = portdoctor_api::explain(&text, &c).map_err(api_failure)?;
    emit(&report, &args.output, &c)?;
    Ok(match report.primary().map(|f| f.finding.verdict) {
        Some(Verdict::CantTell) | None => exit::PROBLEM,
        _ => exit::OK,
    })
}

fn show(args: ShowArgs) -> Outcome {
    let c = catalog(args.output.lang.as_deref());
    // One byte more than the api takes, so that a file too large says so.
    let limit = portdoctor_core::report::MAX_REPORT_BYTES as u64 + 1;
    let text = read_input(Some(&args.file), limit, &c)?;
    let report = portdoctor_api::open_report(&text, &c).map_err(api_failure)?;
    emit_opened(&report, &args.output, &c)?;
    Ok(match report.primary().map(|f| f.finding.verdict) {
        Some(Verdict::Ok) => exit::OK,
        _ => exit::PROBLEM,
    })
}

/// A report someone sent reads with where it comes from: whose computer, when, what
/// they tried, in which language they saw it.
fn emit_opened(report: &Report, output: &Output, c: &Catalog) -> Result<(), Failure> {
    emit_as(report, output, c, true)
}

fn render_as(report: &Report, format: Format, c: &Catalog, opened: bool) -> String {
    match format {
        Format::Text if opened => report.render_opened_text(c),
        Format::Text => report.render_text(c),
        Format::Markdown => report.render_markdown(c),
        Format::Json => report.to_json() + "\n",
    }
}

fn emit(report: &Report, output: &Output, c: &Catalog) -> Result<(), Failure> {
    emit_as(report, output, c, false)
}

fn emit_as(report: &Report, output: &Output, c: &Catalog, opened: bool) -> Result<(), Failure> {
    let text = render_as(report, output.format(), c, opened);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    if let Some(path) = &output.save {
        let format = match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("txt" | "text") => Format::Text,
            _ => Format::Json,
        };
        std::fs::write(path, render_as(report, format, c, opened)).map_err(|e| Failure {
            message: c.get(
                "cli-save-failed",
                &[
                    ("file", &path.display().to_string()),
                    ("detail", &c.io_error(&e)),
                ],
            ),
            code: exit::FAILED,
        })?;
    }
    Ok(())
}

fn listen(args: ListenArgs) -> Outcome {
    let c = catalog(args.lang.as_deref());
    let port = parse_port_number(args.port.trim()).map_err(|e| target_error(&c, &e))?;
    let duration = duration(&c, &args.duration)?;
    let address = match &args.address {
        Some(a) => Some(
            a.trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<IpAddr>()
                .map_err(|_| bad_input(c.get("listen-error-address", &[("address", a)])))?,
        ),
        None => None,
    };
    let rt = runtime()?;
    rt.block_on(async {
        let listener = test_listener::bind(port, address).map_err(|e| Failure {
            message: portdoctor_api::test_listeners::listen_error(&c, port, &e).message,
            code: exit::FAILED,
        })?;
        let bound = listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or(port)
            .to_string();
        let seconds = duration.as_secs().to_string();
        note!(
            "{}",
            c.get("listen-started", &[("port", &bound), ("seconds", &seconds)])
        );
        let _ = std::io::stderr().flush();
        let cancel = CancellationToken::new();
        cancel_on_ctrl_c(&cancel);
        let greeting = c.get("listen-greeting", &[("port", &bound)]) + "\r\n";
        let quiet =
            !std::io::stderr().is_terminal() && std::env::var_os("PORTDOCTOR_QUIET").is_some();
        let cat = &c;
        let count = test_listener::serve(listener, greeting, duration, &cancel, &|peer| {
            if !quiet {
                note!(
                    "{}",
                    cat.get("listen-connection", &[("peer", &peer.to_string())])
                );
            }
        })
        .await;
        note!(
            "{}",
            c.get("listen-closed", &[("count", &count.to_string())])
        );
        Ok(exit::OK)
    })
}

fn serve(args: crate::cli::ServeArgs) -> Outcome {
    let c = catalog(args.lang.as_deref());
    let random = || {
        crate::serve::new_token().map_err(|e| Failure {
            message: e.to_string(),
            code: exit::FAILED,
        })
    };
    let token = random()?;
    // The browser we start gets a one-time code, never the token: its command line
    // is readable by every user of this computer.
    let code = if args.open { Some(random()?) } else { None };
    let options = crate::serve::Options {
        token: token.clone(),
        code: code.clone(),
        limits: crate::serve::TestListenerLimits {
            lowest_port: if args.allow_privileged_ports {
                1
            } else {
                crate::serve::TestListenerLimits::SERVE.lowest_port
            },
            address: args.test_listener_address,
            ..crate::serve::TestListenerLimits::SERVE
        },
    };
    let rt = runtime()?;
    rt.block_on(async {
        let cancel = CancellationToken::new();
        cancel_on_ctrl_c(&cancel);
        let cat = &c;
        let ready = move |addr: std::net::SocketAddr| {
            let url = format!("http://127.0.0.1:{}/?token={token}", addr.port());
            // A closed stdout (`| head -1`) must not stop the server.
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", cat.get("serve-started", &[("url", &url)]));
            let _ = writeln!(
                out,
                "{}",
                cat.get("serve-how", &[("port", &addr.port().to_string())])
            );
            let _ = out.flush();
            if let Some(code) = code {
                open_browser(&format!("http://127.0.0.1:{}/#code={code}", addr.port()));
            }
        };
        crate::serve::run(
            args.port,
            options,
            catalog(args.lang.as_deref()),
            cancel,
            ready,
        )
        .await
        .map_err(|e| Failure {
            message: c.get(
                "serve-error-bind",
                &[
                    ("port", &args.port.to_string()),
                    ("detail", &c.io_error(&e)),
                ],
            ),
            code: exit::FAILED,
        })?;
        Ok(exit::OK)
    })
}

/// Opens `url` in the desktop's browser, with fixed programs and the URL we made.
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
