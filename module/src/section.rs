//! The policy baked into a module: a custom section named `tiergate.policy`
//! holding the policy's text. Custom sections do not change what a module
//! does, so one built module serves every organisation; hosts read the section
//! and pass its text to `tg_engine_new` (docs/abi.md).

use tiergate::{Error, ErrorKind};

/// The name of the custom section that carries a baked-in policy.
pub const POLICY_SECTION: &str = "tiergate.policy";

const MAGIC: &[u8; 8] = b"\0asm\x01\0\0\0";

fn module_error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Module, message)
}

fn read_leb(bytes: &[u8], at: &mut usize) -> Result<usize, Error> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes
            .get(*at)
            .ok_or_else(|| module_error("truncated WebAssembly module"))?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return usize::try_from(value).map_err(|_| module_error("section too large"));
        }
    }
    Err(module_error("malformed WebAssembly module (bad LEB128)"))
}

fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// One section of a module: its bytes (id, size and body) and, for a custom
/// section, its name.
struct Section<'a> {
    bytes: &'a [u8],
    name: Option<&'a str>,
}

fn sections(module: &[u8]) -> Result<Vec<Section<'_>>, Error> {
    if module.len() < 8 || &module[..8] != MAGIC {
        return Err(module_error("not a WebAssembly module (version 1)"));
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < module.len() {
        let start = at;
        let id = module[at];
        at += 1;
        let size = read_leb(module, &mut at)?;
        let body = at;
        let end = body
            .checked_add(size)
            .filter(|&e| e <= module.len())
            .ok_or_else(|| module_error("truncated WebAssembly module"))?;
        let name = if id == 0 {
            let mut p = body;
            let n = read_leb(module, &mut p)?;
            let name = module
                .get(p..p + n)
                .filter(|_| p + n <= end)
                .ok_or_else(|| module_error("malformed custom section name"))?;
            Some(
                std::str::from_utf8(name)
                    .map_err(|_| module_error("custom section name is not UTF-8"))?,
            )
        } else {
            None
        };
        out.push(Section {
            bytes: &module[start..end],
            name,
        });
        at = end;
    }
    Ok(out)
}

/// The policy text baked into `module`, if any.
///
/// # Errors
/// `module` when the bytes are not a WebAssembly module or the section is not UTF-8.
pub fn embedded_policy(module: &[u8]) -> Result<Option<&str>, Error> {
    for section in sections(module)? {
        if section.name == Some(POLICY_SECTION) {
            let bytes = section.bytes;
            let mut p = 1;
            read_leb(bytes, &mut p)?; // section size
            let n = read_leb(bytes, &mut p)?;
            let payload = &bytes[p + n..];
            return std::str::from_utf8(payload)
                .map(Some)
                .map_err(|_| module_error("the baked-in policy is not UTF-8"));
        }
    }
    Ok(None)
}

/// `module` with `policy` baked in (replacing a policy baked in before). The
/// policy is not checked here; callers compile it first.
///
/// # Errors
/// `module` when the bytes are not a WebAssembly module.
pub fn embed_policy(module: &[u8], policy: &str) -> Result<Vec<u8>, Error> {
    let mut out = MAGIC.to_vec();
    for section in sections(module)? {
        if section.name != Some(POLICY_SECTION) {
            out.extend_from_slice(section.bytes);
        }
    }
    let mut body = Vec::with_capacity(policy.len() + 24);
    write_leb(&mut body, POLICY_SECTION.len());
    body.extend_from_slice(POLICY_SECTION.as_bytes());
    body.extend_from_slice(policy.as_bytes());
    out.push(0);
    write_leb(&mut out, body.len());
    out.extend_from_slice(&body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The smallest valid module (header only) and one with a type section.
    const EMPTY: &[u8] = b"\0asm\x01\0\0\0";
    const WITH_TYPE: &[u8] = b"\0asm\x01\0\0\0\x01\x04\x01\x60\0\0";

    #[test]
    fn embeds_reads_and_replaces_the_policy() {
        assert_eq!(embedded_policy(WITH_TYPE).unwrap(), None);
        let long = "x".repeat(300); // a multi-byte LEB128 size
        let once = embed_policy(WITH_TYPE, &long).unwrap();
        assert!(
            once.starts_with(WITH_TYPE),
            "other sections are kept as they were"
        );
        assert_eq!(embedded_policy(&once).unwrap(), Some(long.as_str()));
        let twice = embed_policy(&once, "id = \"é\"").unwrap();
        assert_eq!(embedded_policy(&twice).unwrap(), Some("id = \"é\""));
        assert_eq!(
            twice.len(),
            WITH_TYPE.len() + 1 + 1 + 1 + POLICY_SECTION.len() + 9
        );
        assert_eq!(
            embedded_policy(&embed_policy(EMPTY, "").unwrap()).unwrap(),
            Some("")
        );
    }

    #[test]
    fn rejects_what_is_not_a_module() {
        for bad in [
            &b"hello world"[..],
            b"\0asm\x01\0\0\0\x01\x10",
            b"\0asm\x01\0\0\0\x00\x02\x05a",
        ] {
            let err = embedded_policy(bad).unwrap_err();
            assert_eq!(err.code(), "module", "{err}");
        }
    }
}
