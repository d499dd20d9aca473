//! The machine the checks run on.

use portdoctor_core::facts::Environment;

use crate::platform::{Platform, This};

/// The OS name, whether we run with admin rights, and what this system cannot tell.
pub fn environment() -> Environment {
    Environment {
        os: std::env::consts::OS.to_string(),
        privileged: is_privileged(),
        not_on_this_system: This::NOT_ON_THIS_SYSTEM.to_vec(),
    }
}

/// Root on Unix. On Windows, elevation is not checked yet: report "not admin", which
/// only makes us more careful in what we claim.
pub fn is_privileged() -> bool {
    This::is_privileged()
}
