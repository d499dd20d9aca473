//! Which programs run: refreshed only as far as needed (names, paths, users; no
//! threads, no CPU or memory figures), on every OS through sysinfo.

use portdoctor_core::local::{ProcessInfo, ServiceFacts};
use portdoctor_core::services;
use sysinfo::{ProcessRefreshKind, ProcessesToUpdate, System, UpdateKind, Users};

/// Looks for the processes of the service called `label`.
pub fn service(label: &str, named_by_user: bool) -> Option<ServiceFacts> {
    let programs = services::programs(label);
    if programs.is_empty() {
        return None;
    }
    let mut sys = System::new().ok()?;
    let kind = ProcessRefreshKind::nothing()
        .with_exe(UpdateKind::OnlyIfNotSet)
        .with_cmd(UpdateKind::OnlyIfNotSet)
        .with_user(UpdateKind::OnlyIfNotSet)
        .without_tasks();
    sys.refresh_processes_specifics(ProcessesToUpdate::All, true, kind);
    let users = Users::new_with_refreshed_list().ok();
    let mut running: Vec<ProcessInfo> = sys
        .processes()
        .iter()
        .filter(|(_, p)| {
            let name = p.name().to_string_lossy();
            let exe = p.exe().map(|e| e.to_string_lossy().into_owned());
            let argv0 = p.cmd().first().map(|a| a.to_string_lossy().into_owned());
            services::program_matches(programs, &name)
                || exe.is_some_and(|e| services::program_matches(programs, &e))
                || argv0.is_some_and(|a| {
                    services::program_matches(programs, a.split(' ').next().unwrap_or(&a))
                })
        })
        .map(|(pid, p)| ProcessInfo {
            pid: pid.as_u32(),
            name: p.name().to_string_lossy().into_owned(),
            exe: p.exe().map(|e| e.display().to_string()),
            user: p
                .user_id()
                .and_then(|u| users.as_ref().and_then(|us| us.get_user_by_id(u)))
                .map(|u| u.name().to_string()),
        })
        .collect();
    running.sort_by_key(|p| p.pid);
    Some(ServiceFacts {
        name: label.to_string(),
        named_by_user,
        programs: programs.iter().map(|p| p.to_string()).collect(),
        running,
    })
}
