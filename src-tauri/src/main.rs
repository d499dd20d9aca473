// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    apply_webkit_defaults();
    portdoctor_desktop::run();
}

/// Sets the WebKitGTK defaults (see `portdoctor_desktop::webkit_defaults`).
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn apply_webkit_defaults() {
    for (name, value) in
        portdoctor_desktop::webkit_defaults(|name| std::env::var_os(name).is_some())
    {
        // SAFETY: called first thing in main, before any other thread exists, so
        // nothing can read the environment while it changes.
        unsafe { std::env::set_var(name, value) };
    }
}
