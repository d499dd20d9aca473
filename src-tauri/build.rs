//! Declares the app's own commands, so the capability file can grant exactly those
//! (and nothing else) to the window.

fn main() {
    // `call` carries every operation of portdoctor_api::ops (one list there); the
    // check streams progress, and saving opens a dialog.
    let commands = &["call", "check", "cancel_check", "save_report"];
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri build step failed: {e}");
        std::process::exit(1);
    }
}
