//! Every operation the app's two halves call, declared once.
//!
//! [`operations!`] below lists each operation with its name (the Tauri side's), its
//! HTTP path under `/api/`, its request and response types and the one function that
//! does it. From that list come the request types (exported to TypeScript), the
//! [`Operation`] enum, the dispatcher [`call`] that both the desktop app's `call`
//! command and `portdoctor serve`'s routes go through, and the TypeScript map of
//! operations ([`typescript`]) the UI's backend is typed by. The check (which streams
//! its progress), stopping a check, and saving a file (a dialog) are the surfaces' own.

use portdoctor_core::redact::Redaction;
use portdoctor_core::{Catalog, Report};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::{ApiError, TestListenerInfo, TestListeners, Understood};

/// What an operation may use: the catalogue of this run, and its test listeners.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub listeners: &'a TestListeners,
}

/// A rendered report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rendered {
    pub text: String,
}

macro_rules! operations {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident $name:literal at $path:literal
            ($req:ident { $($(#[doc = $fdoc:literal])* $field:ident : $fty:ty),* $(,)? })
            -> $resp:ty = $handler:path;
    )*) => {
        $(
            $(#[doc = $doc])*
            #[derive(Debug, Clone, Serialize, Deserialize, TS)]
            pub struct $req {
                $($(#[doc = $fdoc])* pub $field: $fty,)*
                /// The language of the words in the answer (a BCP 47 tag such as `de`
                /// or `zh-CN`): the language the reader chose. Absent, the run's own.
                #[serde(default)]
                #[ts(optional)]
                pub lang: Option<String>,
            }
        )*

        /// An operation of the app.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Operation { $($(#[doc = $doc])* $variant),* }

        impl Operation {
            pub const ALL: &'static [Operation] = &[$(Operation::$variant),*];

            /// The name the desktop app's `call` command takes.
            pub fn name(self) -> &'static str {
                match self { $(Operation::$variant => $name),* }
            }

            /// The path under `/api/` of `portdoctor serve`.
            pub fn path(self) -> &'static str {
                match self { $(Operation::$variant => $path),* }
            }

            pub fn from_name(name: &str) -> Option<Operation> {
                Operation::ALL.iter().copied().find(|o| o.name() == name)
            }

            pub fn from_path(path: &str) -> Option<Operation> {
                Operation::ALL.iter().copied().find(|o| o.path() == path)
            }
        }

        /// Does `op` with the request as JSON, and answers with JSON. A request that
        /// does not fit the operation is the error `bad-request`.
        pub async fn call(op: Operation, request: Value, ctx: &Context<'_>) -> Result<Value, ApiError> {
            match op {
                $(Operation::$variant => {
                    let req: $req = serde_json::from_value(request).map_err(|e| bad_request(ctx.catalog, &e))?;
                    let ctx = &Context {
                        catalog: req.lang.as_deref().map_or(ctx.catalog, |l| Catalog::shared(l)),
                        listeners: ctx.listeners,
                    };
                    let resp: $resp = $handler(req, ctx).await?;
                    serde_json::to_value(resp).map_err(|e| ApiError::new("internal", e.to_string()))
                })*
            }
        }

        /// Exports every request and response type of the operations to TypeScript.
        pub fn export_types(cfg: &ts_rs::Config) -> Result<(), ts_rs::ExportError> {
            $(
                <$req as TS>::export_all(cfg)?;
                if <$resp as TS>::output_path().is_some() {
                    <$resp as TS>::export_all(cfg)?;
                }
            )*
            Ok(())
        }

        /// The TypeScript map of operations: each name with its request and response
        /// types and its HTTP path (ui/src/lib/types/generated/Operations.ts).
        pub fn typescript(cfg: &ts_rs::Config) -> String {
            let mut imports = std::collections::BTreeSet::new();
            $(
                imports.insert(<$req as TS>::name(cfg));
                if <$resp as TS>::output_path().is_some() {
                    imports.insert(<$resp as TS>::name(cfg));
                }
            )*
            let mut out = String::from("// Generated from crates/api/src/ops.rs by crates/api/tests/types.rs. Do not edit.\n");
            for name in &imports {
                out.push_str(&format!("import type {{ {name} }} from \"./{name}\";\n"));
            }
            out.push_str("\n/** Every operation: its request and response. */\nexport type Operations = {\n");
            $(
                out.push_str(&format!("  {}: {{ request: {}; response: {} }};\n", $name, <$req as TS>::name(cfg), <$resp as TS>::name(cfg)));
            )*
            out.push_str("};\n\nexport type OperationName = keyof Operations;\n\n/** The path of each operation under /api/ of `portdoctor serve`. */\nexport const OPERATION_PATHS: { [K in OperationName]: string } = {\n");
            $( out.push_str(&format!("  {}: \"{}\",\n", $name, $path)); )*
            out.push_str("};\n");
            out
        }
    };
}

operations! {
    /// What the text in the box is: an address, a pasted message, or neither.
    Understand "understand" at "understand" (UnderstandRequest { text: String }) -> Understood = understand;
    /// Explains a pasted message without touching the network.
    Explain "explain" at "explain" (ExplainRequest { text: String }) -> Report = explain;
    /// A report as text, Markdown or the JSON file, built again from its facts.
    Render "render" at "render" (RenderRequest {
        report: Report,
        /// `text`, `markdown` or `json`.
        format: String,
    }) -> Rendered = render;
    /// The same report in the request's language: its findings, sentences, commands
    /// and screens built again from its facts (the language menu changed).
    Reword "reword" at "reword" (RewordRequest { report: Report }) -> Report = reword;
    /// The report as it will be shared, with what `what` names hidden.
    Redact "redact" at "redact" (RedactRequest { report: Report, what: Redaction }) -> Report = redact;
    /// Opens a report someone sent: data only, built again, never run.
    OpenReport "open_report" at "open-report" (OpenReportRequest { text: String }) -> Report = open_report;
    /// Opens a test listener on this computer for `seconds`.
    OpenTestListener "open_test_listener" at "test-listener" (OpenTestListenerRequest { port: u16, seconds: u64 }) -> TestListenerInfo = open_test_listener;
    /// Closes a test listener before its time; false when it had already closed.
    CloseTestListener "close_test_listener" at "test-listener/close" (CloseTestListenerRequest { port: u16 }) -> bool = close_test_listener;
}

fn bad_request(c: &Catalog, e: &serde_json::Error) -> ApiError {
    ApiError::new(
        "bad-request",
        c.get("serve-error-bad-request", &[("detail", &e.to_string())]),
    )
}

async fn understand(r: UnderstandRequest, ctx: &Context<'_>) -> Result<Understood, ApiError> {
    Ok(crate::understand(&r.text, ctx.catalog))
}

/// Work that may take a while on a large input (reading, rendering or redacting a
/// report of megabytes): done where it holds up no other task — the worker thread
/// hands its other tasks on meanwhile — and never on a UI thread.
fn heavy<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(work)
        }
        _ => work(),
    }
}

async fn explain(r: ExplainRequest, ctx: &Context<'_>) -> Result<Report, ApiError> {
    heavy(|| crate::explain(&r.text, ctx.catalog))
}

async fn render(r: RenderRequest, ctx: &Context<'_>) -> Result<Rendered, ApiError> {
    heavy(|| crate::render(&r.report, &r.format, ctx.catalog)).map(|text| Rendered { text })
}

async fn reword(r: RewordRequest, ctx: &Context<'_>) -> Result<Report, ApiError> {
    // Read like a file: what the page holds is checked as any report is.
    heavy(|| crate::open_report(&r.report.to_json(), ctx.catalog))
}

async fn redact(r: RedactRequest, ctx: &Context<'_>) -> Result<Report, ApiError> {
    Ok(heavy(|| crate::redact(&r.report, &r.what, ctx.catalog)))
}

async fn open_report(r: OpenReportRequest, ctx: &Context<'_>) -> Result<Report, ApiError> {
    heavy(|| crate::open_report(&r.text, ctx.catalog))
}

async fn open_test_listener(
    r: OpenTestListenerRequest,
    ctx: &Context<'_>,
) -> Result<TestListenerInfo, ApiError> {
    ctx.listeners.open(r.port, r.seconds, ctx.catalog).await
}

async fn close_test_listener(
    r: CloseTestListenerRequest,
    ctx: &Context<'_>,
) -> Result<bool, ApiError> {
    Ok(ctx.listeners.close(r.port).await)
}
