//! The page state in the URL, so a link reproduces the same run (the rust-playground habit):
//! `?s=` holds the code and settings as deflate-compressed JSON in base64url; docs authors can
//! also write `?code=<base64url of the UTF-8 source>` by hand or by script. `&run` runs on load,
//! `&embed` shows the compact widget, `&example=ID` opens a gallery example, and `threadpool`,
//! `clock`, `latency` and `theme` set single settings. Old links keep working: unknown keys
//! are ignored and every field has a default.

use serde::{Deserialize, Serialize};

/// Run settings (the CLI's options that matter in the playground).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// `virtual` (deterministic) or `real`.
    pub clock: String,
    /// Loop-entry latency in virtual ms (`None`: the runtime's default, 1 for CommonJS).
    pub latency: Option<u32>,
    /// UV_THREADPOOL_SIZE.
    pub threadpool: u32,
    /// Instruction budget (`None`: the runtime's default).
    pub max_instructions: Option<u64>,
    /// Virtual-time budget in ms.
    pub max_time_ms: Option<u64>,
    /// Heap limit in MiB.
    pub max_heap_mb: Option<u32>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            clock: "virtual".into(),
            latency: None,
            threadpool: 4,
            max_instructions: None,
            max_time_ms: None,
            max_heap_mb: None,
        }
    }
}

impl Settings {
    /// The package's run options as JSON (`paused`: start paused for stepping).
    pub fn run_options(&self, paused: bool) -> String {
        let mut o = serde_json::Map::new();
        o.insert("clock".into(), self.clock.clone().into());
        o.insert(
            "threadpoolSize".into(),
            self.threadpool.clamp(1, 1024).into(),
        );
        if let Some(l) = self.latency {
            o.insert("loopEntryLatencyMs".into(), l.into());
        }
        if let Some(n) = self.max_instructions {
            o.insert("maxInstructions".into(), n.into());
        }
        if let Some(n) = self.max_time_ms {
            o.insert("maxTimeMs".into(), n.into());
        }
        if let Some(n) = self.max_heap_mb {
            o.insert("maxHeapMb".into(), n.into());
        }
        o.insert("paused".into(), paused.into());
        serde_json::Value::Object(o).to_string()
    }
}

/// What a URL asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// The code, when the URL carries some.
    pub code: Option<String>,
    /// Settings.
    pub settings: Settings,
    /// Run on load.
    pub run: bool,
    /// Compact embed mode.
    pub embed: bool,
    /// A gallery example to open.
    pub example: Option<String>,
    /// `light` or `dark`.
    pub theme: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Packed {
    #[serde(default)]
    v: u32,
    code: String,
    #[serde(default)]
    settings: Settings,
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn b64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        let chars = c.len() + 1;
        for k in 0..chars {
            out.push(char::from(B64[((n >> (18 - 6 * k)) & 63) as usize]));
        }
    }
    out
}

/// Decodes base64url or standard base64, with or without padding; `None` when invalid.
pub fn b64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for ch in text.trim().bytes() {
        let v = match ch {
            b'A'..=b'Z' => ch - b'A',
            b'a'..=b'z' => ch - b'a' + 26,
            b'0'..=b'9' => ch - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            b'\n' | b'\r' | b' ' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Largest decompressed state accepted from a URL (a link is not a memory bomb).
const MAX_STATE: usize = 4 << 20;

/// The `s=` value for code and settings.
pub fn pack(code: &str, settings: &Settings) -> String {
    let json = serde_json::to_string(&Packed {
        v: 1,
        code: code.to_owned(),
        settings: settings.clone(),
    })
    .unwrap_or_default();
    b64url_encode(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
}

/// Reads an `s=` value.
pub fn unpack(s: &str) -> Option<(String, Settings)> {
    let raw = b64url_decode(s)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&raw, MAX_STATE).ok()?;
    let p: Packed = serde_json::from_slice(&json).ok()?;
    Some((p.code, p.settings))
}

/// `%XX` escapes (a `+` stays a `+`: the values are base64, numbers and ids).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
                continue;
            }
            (c, _) => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses a query string (with or without the leading `?`).
pub fn parse_query(query: &str) -> UrlState {
    let mut st = UrlState::default();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_decode(v);
        match k {
            "s" => {
                if let Some((code, settings)) = unpack(&v) {
                    st.code = Some(code);
                    st.settings = settings;
                }
            }
            "code" => {
                if let Some(bytes) = b64url_decode(&v) {
                    st.code = Some(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
            "run" => st.run = v != "0" && v != "false",
            "embed" => st.embed = v != "0" && v != "false",
            "example" => st.example = Some(v),
            "threadpool" => {
                if let Ok(n) = v.parse::<u32>() {
                    st.settings.threadpool = n.clamp(1, 1024);
                }
            }
            "clock" if v == "real" || v == "virtual" => st.settings.clock = v,
            "latency" => st.settings.latency = v.parse().ok(),
            "theme" if v == "light" || v == "dark" => st.theme = Some(v),
            _ => {}
        }
    }
    st
}

/// The query string of a share link (`?s=…`, plus `&embed` for the widget).
pub fn share_query(code: &str, settings: &Settings, embed: bool) -> String {
    let mut q = format!("?s={}", pack(code, settings));
    if embed {
        q.push_str("&embed");
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_known_vectors() {
        // RFC 4648 §10 test vectors (padding removed, url alphabet).
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(b64url_encode(plain.as_bytes()), enc);
            assert_eq!(b64url_decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(b64url_decode("Zm8=").unwrap(), b"fo");
        assert_eq!(b64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(b64url_decode("+/8").unwrap(), vec![0xfb, 0xff]);
        assert!(b64url_decode("a*b").is_none());
    }

    #[test]
    fn share_link_round_trips_code_and_settings() {
        let code = "setTimeout(() => console.log('é ✓'), 0);\n// ".repeat(50);
        let settings = Settings {
            clock: "real".into(),
            latency: Some(0),
            threadpool: 5,
            max_instructions: Some(1000),
            max_time_ms: None,
            max_heap_mb: Some(64),
        };
        let q = share_query(&code, &settings, false);
        assert!(
            q.len() < code.len(),
            "compressed: {} vs {}",
            q.len(),
            code.len()
        );
        let st = parse_query(&q);
        assert_eq!(st.code.as_deref(), Some(code.as_str()));
        assert_eq!(st.settings, settings);
        assert!(!st.embed && !st.run);
    }

    #[test]
    fn plain_code_links_and_flags() {
        let src = "console.log('hi')\n";
        let q = format!(
            "code={}&run&embed&threadpool=5&theme=dark",
            b64url_encode(src.as_bytes())
        );
        let st = parse_query(&q);
        assert_eq!(st.code.as_deref(), Some(src));
        assert!(st.run && st.embed);
        assert_eq!(st.settings.threadpool, 5);
        assert_eq!(st.theme.as_deref(), Some("dark"));
        // Standard base64 with padding, percent-encoded, also works.
        let st = parse_query("?code=Y29uc29sZS5sb2coMSk%3D");
        assert_eq!(st.code.as_deref(), Some("console.log(1)"));
    }

    #[test]
    fn bad_links_fall_back_to_defaults() {
        let st = parse_query("?s=!!!&code=%%%&threadpool=x&clock=warp");
        assert_eq!(st.code, None);
        assert_eq!(st.settings, Settings::default());
        // A deflate bomb is refused, not expanded.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 8 << 20], 9);
        assert!(unpack(&b64url_encode(&bomb)).is_none());
    }

    #[test]
    fn run_options_are_the_packages() {
        let s = Settings {
            latency: Some(0),
            ..Settings::default()
        };
        let v: serde_json::Value = serde_json::from_str(&s.run_options(true)).unwrap();
        assert_eq!(v["clock"], "virtual");
        assert_eq!(v["threadpoolSize"], 4);
        assert_eq!(v["loopEntryLatencyMs"], 0);
        assert_eq!(v["paused"], true);
        assert!(v.get("maxInstructions").is_none());
    }
}
