//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub const EXIT_CODES: &str = "\
Exit codes:
  0    no problem: the target answered (check), the message was explained (explain)
  1    a problem was found (check); no connection error in the text (explain)
  2    bad input or usage; nothing was checked
  3    Port Doctor could not finish
  130  stopped with Ctrl-C";

/// Port Doctor finds out why a connection fails, and says so in plain words.
#[derive(Debug, Parser)]
#[command(name = "portdoctor", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a host and port: look the name up, try every address, explain the result.
    #[command(after_help = format!("Examples:\n  portdoctor check db1.example.com:5432\n  portdoctor check https://intranet.example.com\n  portdoctor check \"db1 postgres\"\n  portdoctor check 8080            (this computer)\n\n{EXIT_CODES}"))]
    Check(CheckArgs),
    /// Explain a pasted error message without touching the network.
    #[command(after_help = format!("Examples:\n  portdoctor explain \"connect ECONNREFUSED ::1:3000\"\n  pbpaste | portdoctor explain -\n\n{EXIT_CODES}"))]
    Explain(ExplainArgs),
    /// Show which programs listen on which ports, and who can reach them.
    #[command(after_help = format!("Examples:\n  portdoctor listeners\n  portdoctor listeners --port 5432 --json\n\n{EXIT_CODES}"))]
    Listeners(ListenersArgs),
    /// Open the wizard in a browser: a local web page for computers without a screen.
    #[command(after_help = format!("It listens on 127.0.0.1 only. Over SSH, forward the port:\n  ssh -L 8765:127.0.0.1:8765 SERVER, with portdoctor serve --port 8765\n\n{EXIT_CODES}"))]
    Serve(ServeArgs),
    /// Show a report someone sent, in your language: every sentence and command is
    /// built again from its facts; nothing in it is run.
    #[command(after_help = format!("Examples:\n  portdoctor show report.json\n  portdoctor show report.json --lang de --format markdown\n\n{EXIT_CODES}"))]
    Show(ShowArgs),
    /// Open a temporary test listener that greets every connection, then closes itself.
    #[command(after_help = format!("If the other computer reaches the test listener, the network path works\nand the problem is the service itself.\n\n{EXIT_CODES}"))]
    Listen(ListenArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct Output {
    /// Print the report as JSON (same as --format json).
    #[arg(long)]
    pub json: bool,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also save the report to FILE (.json, .md or .txt).
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
    /// Language of the explanations (default: from LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

impl Output {
    pub fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// What to check: host:port, [IPv6]:port, a URL, "host service", a port (this
    /// computer), or a pasted error message that names a host and port.
    #[arg(required = true, num_args = 1.., value_name = "TARGET")]
    pub target: Vec<String>,
    /// Deadline for each step: the lookup, and each connection attempt (e.g. 5s, 500ms).
    #[arg(long, default_value = "5s", value_name = "DURATION")]
    pub timeout: String,
    /// The service you expect there (e.g. postgres, redis, ssh), when the target doesn't say.
    #[arg(long, value_name = "NAME")]
    pub service: Option<String>,
    /// Don't ping, and don't trace the way to an address that gives no answer.
    #[arg(long)]
    pub no_path: bool,
    /// The port, for a pasted message that names the host but no port
    /// ("localhost refused to connect").
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub port: Option<u16>,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The error message; `-` reads it from standard input.
    #[arg(required = true, num_args = 1.., value_name = "TEXT", allow_hyphen_values = true)]
    pub text: Vec<String>,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// The port to listen on.
    #[arg(value_name = "PORT")]
    pub port: String,
    /// How long to stay open (e.g. 30s, 5m).
    #[arg(long = "for", default_value = "5m", value_name = "DURATION")]
    pub duration: String,
    /// Listen on this address only (default: every address of this computer).
    #[arg(long, value_name = "ADDRESS")]
    pub address: Option<String>,
    /// Language of the messages (default: from LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListenersArgs {
    /// Only this port.
    #[arg(long, value_name = "PORT")]
    pub port: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Language of the messages (default: from LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port on 127.0.0.1 (default: any free port).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Open the page in this computer's browser (with a one-time link: the token
    /// never goes on a command line).
    #[arg(long)]
    pub open: bool,
    /// Let the page open test listeners on ports below 1024 too.
    #[arg(long)]
    pub allow_privileged_ports: bool,
    /// Open the page's test listeners on this address only (default: every address).
    #[arg(long, value_name = "ADDRESS")]
    pub test_listener_address: Option<std::net::IpAddr>,
    /// Language of the messages (default: from LANG).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The report file (JSON, as saved by Port Doctor); `-` reads standard input.
    #[arg(value_name = "FILE", allow_hyphen_values = true)]
    pub file: PathBuf,
    #[command(flatten)]
    pub output: Output,
}
