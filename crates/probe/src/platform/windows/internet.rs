//! Windows: the user's Internet settings (WinINET, the "Proxy" page of Settings), read
//! from `HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`. Reading
//! the user's own key needs no admin rights.

#![allow(unsafe_code, reason = "the registry API has no safe wrapper in std")]

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::System::Registry::{
    HKEY_CURRENT_USER, RRF_RT_REG_DWORD, RRF_RT_REG_SZ, RegGetValueW,
};

const KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings";
/// A proxy list longer than this is no setting anyone wrote.
const MAX_CHARS: usize = 8 * 1024;

/// The values of the key that say which proxy applies.
#[derive(Debug, Default)]
pub struct InternetSettings {
    pub enable: Option<u32>,
    pub server: Option<String>,
    pub bypass: Option<String>,
    pub auto_config: Option<String>,
}

pub fn internet_settings() -> InternetSettings {
    InternetSettings {
        enable: dword("ProxyEnable"),
        server: string("ProxyServer"),
        bypass: string("ProxyOverride"),
        auto_config: string("AutoConfigURL"),
    }
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

fn dword(name: &str) -> Option<u32> {
    let (key, value) = (wide(KEY), wide(name));
    let mut data = 0u32;
    let mut size = std::mem::size_of::<u32>() as u32;
    // SAFETY: key and value are NUL-terminated; data is writable for `size` bytes.
    let rc = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            RRF_RT_REG_DWORD,
            std::ptr::null_mut(),
            (&mut data as *mut u32).cast(),
            &mut size,
        )
    };
    (rc == ERROR_SUCCESS).then_some(data)
}

fn string(name: &str) -> Option<String> {
    let (key, value) = (wide(KEY), wide(name));
    let mut buf = vec![0u16; MAX_CHARS];
    let mut size = u32::try_from(buf.len() * 2).unwrap_or(u32::MAX);
    // SAFETY: key and value are NUL-terminated; buf is writable for `size` bytes.
    let rc = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            // Not REG_EXPAND_SZ too: without RRF_NOEXPAND that fails every read
            // (ERROR_INVALID_PARAMETER, as the documentation says and Wine does).
            RRF_RT_REG_SZ,
            std::ptr::null_mut(),
            buf.as_mut_ptr().cast(),
            &mut size,
        )
    };
    if rc != ERROR_SUCCESS {
        return None;
    }
    let chars = (size as usize / 2).min(buf.len());
    let text = String::from_utf16_lossy(&buf[..chars]);
    Some(text.trim_end_matches('\0').to_string())
}

/// WinHTTP's default proxy (`netsh winhttp show proxy`): whether a named proxy is
/// set, the proxy list, and its bypass list.
pub fn winhttp_proxy() -> (bool, Option<String>, Option<String>) {
    use windows_sys::Win32::Foundation::GlobalFree;
    use windows_sys::Win32::Networking::WinHttp::{
        WINHTTP_ACCESS_TYPE_NAMED_PROXY, WINHTTP_PROXY_INFO, WinHttpGetDefaultProxyConfiguration,
    };
    let mut info = WINHTTP_PROXY_INFO::default();
    // SAFETY: info is a valid out-struct; the strings it returns are ours to free.
    let ok = unsafe { WinHttpGetDefaultProxyConfiguration(&mut info) };
    if ok == 0 {
        return (false, None, None);
    }
    let take = |p: windows_sys::core::PWSTR| -> Option<String> {
        if p.is_null() {
            return None;
        }
        // SAFETY: a NUL-terminated string WinHTTP allocated; read at most MAX_CHARS.
        let text = unsafe {
            let len = (0..MAX_CHARS).take_while(|i| *p.add(*i) != 0).count();
            String::from_utf16_lossy(std::slice::from_raw_parts(p, len))
        };
        // SAFETY: allocated by WinHTTP with GlobalAlloc; freed once.
        unsafe { GlobalFree(p.cast()) };
        Some(text)
    };
    let named = info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    (named, take(info.lpszProxy), take(info.lpszProxyBypass))
}
