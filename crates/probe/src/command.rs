//! Running a system tool where no API exists: from the system's own folders (never
//! found through PATH, where a stand-in could run with our rights, root's too), with
//! fixed arguments (nothing a user typed), no shell, standard input closed, and a
//! deadline after which the tool is killed.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The folders system tools are taken from, in order.
#[cfg(unix)]
pub const SYSTEM_DIRS: &[&str] = &["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

/// Where the system tool `name` is: `name` itself when it is an absolute path, else
/// the first of the system's folders that holds it; `None` when none does.
pub fn system_tool(name: &str) -> Option<PathBuf> {
    let given = Path::new(name);
    if given.is_absolute() {
        return given.is_file().then(|| given.to_path_buf());
    }
    // A bare name only: "../x" or "sub/x" is no system tool.
    if given.components().count() != 1 {
        return None;
    }
    system_dirs()
        .into_iter()
        .map(|d| {
            d.join(if cfg!(windows) {
                format!("{name}.exe")
            } else {
                name.to_string()
            })
        })
        .find(|p| p.is_file())
}

#[cfg(unix)]
fn system_dirs() -> Vec<PathBuf> {
    SYSTEM_DIRS.iter().map(PathBuf::from).collect()
}

/// Windows: the System32 folder, as the system reports it (not %PATH%, not the
/// environment's SystemRoot).
#[cfg(windows)]
fn system_dirs() -> Vec<PathBuf> {
    use std::os::windows::ffi::OsStringExt;
    let mut buf = [0u16; 260];
    #[allow(unsafe_code)]
    // SAFETY: the buffer is valid for its length; the call writes at most that many
    // u16s and returns how many it wrote (0 on failure, more than the length when the
    // buffer is too small, which we treat as failure).
    let n = unsafe {
        windows_sys::Win32::System::SystemInformation::GetSystemDirectoryW(
            buf.as_mut_ptr(),
            buf.len() as u32,
        )
    } as usize;
    if n == 0 || n >= buf.len() {
        return Vec::new();
    }
    vec![PathBuf::from(std::ffi::OsString::from_wide(&buf[..n]))]
}

#[cfg(not(any(unix, windows)))]
fn system_dirs() -> Vec<PathBuf> {
    Vec::new()
}

/// What a tool printed, or why it could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolError {
    /// The tool is not installed.
    Missing,
    /// It ran and failed; its error text.
    Failed(String),
    /// It did not finish before the deadline.
    TimedOut,
}

impl ToolError {
    /// What a report says `tool` kept from us; None when it is not installed (there
    /// is nothing of its kind to read).
    pub fn limitation(&self, tool: &str, deadline: Duration) -> Option<String> {
        match self {
            ToolError::Missing => None,
            ToolError::Failed(msg) => Some(format!("{tool}: {msg}")),
            ToolError::TimedOut => {
                Some(format!("{tool}: no answer within {} s", deadline.as_secs()))
            }
        }
    }
}

/// Runs the system tool `program` (see [`system_tool`]) with `args` and returns its
/// standard output.
pub fn run(program: &str, args: &[&str], deadline: Duration) -> Result<String, ToolError> {
    let path = system_tool(program).ok_or(ToolError::Missing)?;
    let mut child = Command::new(path)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ToolError::Missing
            } else {
                ToolError::Failed(e.to_string())
            }
        })?;
    // Read output on threads so a chatty tool can't fill its pipe and stall.
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(o) = stdout.as_mut() {
            let _ = o.take(16 * 1024 * 1024).read_to_string(&mut s);
        }
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.take(64 * 1024).read_to_string(&mut s);
        }
        s
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ToolError::TimedOut);
            }
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if status.success() {
        Ok(stdout)
    } else {
        let msg = stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("failed")
            .trim()
            .to_string();
        Err(ToolError::Failed(msg))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_failure_missing_and_deadline() {
        assert_eq!(
            run("echo", &["hi"], Duration::from_secs(5)),
            Ok("hi\n".to_string())
        );
        assert_eq!(
            run("no-such-tool-pd", &[], Duration::from_secs(5)),
            Err(ToolError::Missing)
        );
        assert!(matches!(
            run("ls", &["/no/such/dir"], Duration::from_secs(5)),
            Err(ToolError::Failed(_))
        ));
        let start = Instant::now();
        assert_eq!(
            run("sleep", &["10"], Duration::from_millis(200)),
            Err(ToolError::TimedOut)
        );
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    #[cfg(unix)]
    #[test]
    fn tools_come_from_the_system_folders_only() {
        let found = system_tool("echo").expect("echo is a system tool");
        assert!(
            SYSTEM_DIRS.iter().any(|d| found.starts_with(d)),
            "{found:?}"
        );
        assert_eq!(system_tool("../bin/echo"), None);
        assert_eq!(system_tool("./echo"), None);
        assert_eq!(system_tool("no-such-tool-pd"), None);
        assert_eq!(system_tool("/bin/sh"), Some(PathBuf::from("/bin/sh")));
    }
}
