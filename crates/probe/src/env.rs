//! The machine the checks run on.

use portdoctor_core::facts::Environment;

/// The OS name and whether we run with admin rights.
pub fn environment() -> Environment {
    Environment {
        os: std::env::consts::OS.to_string(),
        privileged: is_privileged(),
    }
}

/// Root on Unix. On Windows, elevation is not checked yet: report "not admin", which
/// only makes us more careful in what we claim.
pub fn is_privileged() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        #[allow(unsafe_code)]
        unsafe {
            libc::geteuid() == 0
        }
    }
    #[cfg(not(unix))]
    {
        false
    }
}
