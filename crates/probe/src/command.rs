//! Running a system tool where no API exists: fixed arguments (nothing a user typed),
//! no shell, standard input closed, and a deadline after which the tool is killed.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// Runs `program args...` and returns its standard output.
pub fn run(program: &str, args: &[&str], deadline: Duration) -> Result<String, ToolError> {
    let mut child = Command::new(program)
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
}
