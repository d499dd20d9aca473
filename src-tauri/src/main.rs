// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    webkit_defaults();
    portdoctor_desktop::run();
}

/// WebKitGTK settings for a small form-like app, each left alone when the user has set
/// it (so `WEBKIT_DISABLE_COMPOSITING_MODE=0` brings GPU compositing back). Measured
/// after one check (bench/desktop.sh): compositing off takes the app with its WebKit
/// processes from 297 to 224 MiB PSS, and the JavaScript JIT off to 212 MiB, with the
/// same time to the first screen. Compositing off also avoids the blank windows some
/// GPU drivers give WebKitGTK.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn webkit_defaults() {
    for (name, value) in [
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ("JSC_useJIT", "false"),
    ] {
        if std::env::var_os(name).is_none() {
            // SAFETY: called first thing in main, before any other thread exists, so
            // nothing can read the environment while it changes.
            unsafe { std::env::set_var(name, value) };
        }
    }
}
