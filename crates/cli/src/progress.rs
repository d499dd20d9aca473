//! The progress line on a terminal while checks run; nothing when output is piped.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use portdoctor_core::Catalog;
use portdoctor_probe::Progress;

/// A spinner on stderr, shown only when both stdout and stderr are terminals.
pub struct Spinner {
    bar: Option<ProgressBar>,
}

impl Spinner {
    pub fn new() -> Spinner {
        let interactive = std::io::stderr().is_terminal() && std::io::stdout().is_terminal();
        let bar = interactive.then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        Spinner { bar }
    }

    pub fn say(&self, message: String) {
        if let Some(bar) = &self.bar {
            bar.set_message(message);
        }
    }

    pub fn update(&self, catalog: &Catalog, event: &Progress) {
        let message = match event {
            Progress::Resolving { host } => catalog.get("progress-resolving", &[("host", host)]),
            Progress::Resolved { host, addresses } => {
                let list = addresses
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                catalog.get("progress-resolved", &[("host", host), ("addresses", &list)])
            }
            Progress::Probing { address, port } => catalog.get(
                "progress-probing",
                &[("address", address), ("port", &port.to_string())],
            ),
            Progress::Tracing { address } => {
                catalog.get("progress-tracing", &[("address", address)])
            }
            Progress::Probed { result } => {
                let outcome = catalog.get(&format!("outcome-{}", result.outcome.as_str()), &[]);
                catalog.get(
                    "progress-probed",
                    &[("address", &result.address), ("outcome", &outcome)],
                )
            }
        };
        self.say(message);
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
