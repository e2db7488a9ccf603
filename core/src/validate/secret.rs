//! Secrets: tokens with a fixed prefix, passwords and secret values,
//! credentials in URLs and connection strings, HTTP Basic credentials, JWTs.
//! Most of the work is telling a real value from a placeholder, an
//! environment lookup or a piece of code.

use super::network::is_reserved_domain;

/// A token with a fixed prefix: not a placeholder.
pub(super) fn token(v: &[u8]) -> bool {
    !is_placeholder(v)
}

pub(super) fn jwt(v: &[u8]) -> bool {
    use base64::Engine as _;
    let header = v.split(|&b| b == b'.').next().unwrap_or(b"");
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header) else {
        return false;
    };
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes)
        .is_ok_and(|m| m.contains_key("alg") || m.contains_key("typ"))
}

pub(super) fn secret_value(v: &[u8]) -> bool {
    // Closing brackets belong to the surrounding code: `{"k": self.token}`.
    let v = v.trim_ascii_end();
    let v = match v
        .iter()
        .rposition(|b| !matches!(b, b'}' | b')' | b']' | b',' | b';'))
    {
        Some(i) => &v[..=i],
        None => return false,
    };
    // `secret:1&rdquo;` in HTML: the entity is markup, not part of the value
    // (`tiger&river8` is a value: only named entities are markup).
    const ENTITIES: &[&[u8]] = &[
        b"quot", b"amp", b"lt", b"gt", b"apos", b"nbsp", b"rdquo", b"ldquo", b"rsquo", b"lsquo",
        b"hellip", b"ndash", b"mdash", b"laquo", b"raquo",
    ];
    let v = match v.iter().rposition(|&b| b == b'&') {
        Some(i)
            if ENTITIES.contains(&&v[i + 1..])
                || v.get(i + 1) == Some(&b'#') && v[i + 2..].iter().all(u8::is_ascii_digit) =>
        {
            &v[..i]
        }
        _ => v,
    };
    // A full stop after a word in prose: `Password is correct.`
    let v = match v.strip_suffix(b".") {
        Some(w) if w.last().is_some_and(u8::is_ascii_alphabetic) => w,
        _ => v,
    };
    if v.len() < 6 || is_placeholder(v) {
        return false;
    }
    // A comment or a user name, not a value: `#comment`, `anonymous@`.
    if v.starts_with(b"#")
        || v.strip_suffix(b"@")
            .is_some_and(|u| u.iter().all(u8::is_ascii_alphabetic))
    {
        return false;
    }
    // A path: `PWD: '/Users/maciej'`, `key_file = ~/.ssh/id_ed25519`. A base64 secret can
    // start with `/` too (one in 64 does: `/7wWAGIoxdi1g1WCGozZvO5XdHW...`): a path's
    // pieces between slashes are names.
    if v.starts_with(b"~/")
        || v.starts_with(b"./")
        || (v.starts_with(b"/") && v.split(|&b| b == b'/').all(path_piece))
    {
        return false;
    }
    // Another assignment or a key, not a value: `Protocol=https`, `client-key-data:`.
    // (Base64 secrets carry `=` only as trailing padding.)
    let body = v
        .strip_suffix(b"==")
        .or_else(|| v.strip_suffix(b"="))
        .unwrap_or(v);
    if body.contains(&b'=') || v.ends_with(b":") {
        return false;
    }
    // A value that names itself is a stand-in: `generatedwebdavpassword1`, `session-token`.
    let lower = v.to_ascii_lowercase();
    if [
        "password", "secret", "token", "apikey", "api-key", "api_key",
    ]
    .iter()
    .any(|w| lower.windows(w.len()).any(|x| x == w.as_bytes()))
    {
        return false;
    }
    // Lowercase words joined by hyphens describe a value: `sas-token-for-blob-access`.
    if v.iter().all(|b| b.is_ascii_lowercase() || *b == b'-') && v.contains(&b'-') {
        return false;
    }
    // Code, not a literal: `user.password`, `get_token()`, `os.environ[`,
    // `syn::token::Paren`, `*const c_char`, `&str`, `self->token`, `_secret`.
    // (A long value that starts with `_` is a random token, `_x9Kq...`; long
    // identifiers are caught below.)
    if v.iter().any(|b| matches!(b, b'(' | b')' | b'[' | b']'))
        || v.windows(2).any(|w| w == b"::" || w == b"->")
        || matches!(v[0], b'*' | b'&' | b'<' | b'{' | b'.')
        || (v[0] == b'_' && v.len() < 24)
    {
        return false;
    }
    // Regexes and macros in code: `\w{20}`, `quote!`.
    if v.contains(&b'\\')
        || (v.ends_with(b"!")
            && v[..v.len() - 1]
                .iter()
                .all(|b| b.is_ascii_lowercase() || *b == b'_'))
    {
        return false;
    }
    // Type names: `ULONG64`, `UINT32`, `DWORD`.
    let letters_then_digits = {
        let k = v.iter().take_while(|b| b.is_ascii_uppercase()).count();
        k > 0 && v.len() - k <= 3 && v[k..].iter().all(u8::is_ascii_digit)
    };
    if letters_then_digits {
        return false;
    }
    // Identifiers and type names: `Token`, `WS_STRING`, `WIN32_ERROR`, `c_long`.
    let ident = v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let letters_only = v.iter().all(|b| b.is_ascii_alphabetic() || *b == b'_');
    let upper_snake = v
        .iter()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
    let snake = v
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_');
    // CamelCase type names: `OAuth2Token`, `HttpClient` (an inner capital after a lowercase or
    // digit) are made of words and few digits. A random mixed-case secret (`QmOhlLonZIGMW7T3`)
    // flips case every letter or two.
    let camel = v[0].is_ascii_uppercase()
        && v.windows(2).any(|w| {
            (w[0].is_ascii_lowercase() || w[0].is_ascii_digit()) && w[1].is_ascii_uppercase()
        })
        && v.iter().filter(|b| b.is_ascii_digit()).count() <= 2
        && words(v);
    // (A long run of random letters is a secret: one random 40-character base64 value in
    // four thousand has no digit and no symbol.)
    let name = letters_only && (v.len() < 24 || words(v));
    if ident && (name || camel || (v.contains(&b'_') && (upper_snake || snake))) {
        return false;
    }
    let s = String::from_utf8_lossy(v);
    let dotted_identifier = s.contains('.')
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
    if dotted_identifier {
        return false;
    }
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let other = v.iter().any(|b| !b.is_ascii_alphanumeric());
    let classes = [lower, upper, digit, other].iter().filter(|&&c| c).count();
    let plain_word = classes == 1 && (lower || upper);
    if plain_word
        && matches!(
            s.to_ascii_lowercase().as_str(),
            "required"
                | "optional"
                | "string"
                | "boolean"
                | "undefined"
                | "password"
                | "secret"
                | "token"
        )
    {
        return false;
    }
    (classes >= 2 && entropy(v) >= 2.5) || entropy(v) >= 3.5
}

pub(super) fn url_credentials(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v);
    let password = if let Some(rest) = s.split_once("://").map(|(_, r)| r) {
        // user:password@host — the password runs to the last '@' before the host.
        let userinfo = rest.rsplit_once('@').map_or("", |(u, _)| u);
        userinfo.split_once(':').map_or("", |(_, p)| p).to_string()
    } else {
        // key=value;... Password=...;
        s.split(';')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| matches!(k.trim().to_ascii_lowercase().as_str(), "password" | "pwd"))
            .map_or(String::new(), |(_, p)| p.to_string())
    };
    // Documentation's stand-ins: user:pass@host, foo:bar@host, a:b@host.
    const DUMMIES: [&str; 10] = [
        "pass", "password", "passwd", "pwd", "pw", "secret", "bar", "test", "1234", "x",
    ];
    if password.chars().count() == 1 {
        return false;
    }
    // Credentials for a documentation host are an example: `http://abc:xyz@example.com`.
    let host = s
        .split_once("://")
        .and_then(|(_, r)| r.rsplit_once('@'))
        .map(|(_, h)| {
            h.split(['/', ':', '?', '#'])
                .next()
                .unwrap_or(h)
                .to_ascii_lowercase()
        });
    !password.is_empty()
        && !is_placeholder(password.as_bytes())
        && !DUMMIES.iter().any(|d| password.eq_ignore_ascii_case(d))
        && !host.is_some_and(|h| is_reserved_domain(&h))
}

pub(super) fn basic_auth(v: &[u8]) -> bool {
    use base64::Engine as _;
    let body = v
        .strip_suffix(b"==")
        .or_else(|| v.strip_suffix(b"="))
        .unwrap_or(v);
    let Ok(bytes) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(body) else {
        return false;
    };
    let Ok(s) = std::str::from_utf8(&bytes) else {
        return false;
    };
    // The same checks as a password in a URL: `user:pass` and `foo:bar` are stand-ins.
    s.split_once(':').is_some_and(|(user, _)| {
        !user.is_empty()
            && !s.chars().any(char::is_control)
            && url_credentials(format!("https://{s}@host").as_bytes())
    })
}

/// Placeholders, template variables and environment lookups, never real secrets.
fn is_placeholder(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    const MARKERS: [&str; 31] = [
        "your_",
        "your-",
        "yourapi",
        "<",
        ">",
        "${",
        "{{",
        "}}",
        "%(",
        "example",
        "placeholder",
        "changeme",
        "change_me",
        "dummy",
        "redacted",
        "xxxx",
        "****",
        "....",
        "sample",
        "insert_",
        "replace_me",
        "fake",
        "...",
        // Documentation's made-up values.
        "abc123",
        "test123",
        "123456",
        "qwerty",
        "a1b2c3",
        "1a2b3c",
        "abcd1234",
        "passw0rd",
    ];
    // Written as a word (`fake`, `FAKE`, `Fake`): in a random value, `FaKe` or `xXxX`
    // is chance (one random 40-character base64 value in 20,000 holds one).
    let written = |m: &str| {
        v.windows(m.len()).any(|w| {
            let rest = &w[1..];
            w.eq_ignore_ascii_case(m.as_bytes())
                && (!rest.iter().any(u8::is_ascii_lowercase)
                    || !rest.iter().any(u8::is_ascii_uppercase))
        })
    };
    // (`contains` first: fast, and most values hold no marker at all.)
    if MARKERS.iter().any(|m| s.contains(m) && written(m)) {
        return true;
    }
    const LOOKUPS: [&str; 8] = [
        "$",
        "env.",
        "os.environ",
        "process.env",
        "getenv",
        "secrets.",
        "vault:",
        "ref+",
    ];
    if LOOKUPS.iter().any(|p| s.starts_with(p)) {
        return true;
    }
    // A long run of one character (ghp_000000..., sk_test_aaaaaaaa) is not random.
    let mut run = 1;
    for w in v.windows(2) {
        run = if w[0] == w[1] { run + 1 } else { 1 };
        if run >= 8 {
            return true;
        }
    }
    false
}

/// A name in a path rather than a piece of a base64 value: short, or lowercase
/// (`ubuntu`, `server.key`), or [`words`] with digits only at the end (`Release2024`).
fn path_piece(p: &[u8]) -> bool {
    if p.len() <= 3
        || p.iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(b))
    {
        return true;
    }
    let end = p
        .iter()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(0, |i| i + 1);
    !p[..end].iter().any(u8::is_ascii_digit) && words(&p[..end])
}

/// Capitalised words (`MyProject`, `getElementsByTagName`, `OAuth2Token`, `XMLParser`),
/// not random letters: lowercase runs three letters long on average, a capital for each
/// word (two more, and one for each acronym of three capitals or more), a vowel in five
/// letters or more and no five consonants in a row. Random base64 flips case every letter
/// or two and clusters consonants: of a million random 40-character values the secret
/// check rejects 25 (one of the 15,377 that start with `/`); of 200,000 random 40-letter
/// values, 203 read as words.
fn words(w: &[u8]) -> bool {
    if !w
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(b))
    {
        return false;
    }
    let vowel = |b: &u8| b"aeiouy".contains(&b.to_ascii_lowercase());
    let (runs, letters) = w
        .split(|b| !b.is_ascii_lowercase())
        .filter(|r| !r.is_empty())
        .fold((0, 0), |(c, l), r| (c + 1, l + r.len()));
    let capitals = w.iter().filter(|b| b.is_ascii_uppercase()).count();
    // An acronym is a word of capitals (`XMLParser`, `DefaultAWSCredentials`).
    let acronyms = w
        .split(|b| !b.is_ascii_uppercase())
        .filter(|r| r.len() >= 3)
        .count();
    let vowels = w.iter().filter(|b| vowel(b)).count();
    let consonants_in_a_row = w
        .split(|b| !b.is_ascii_lowercase() || vowel(b))
        .any(|r| r.len() >= 5);
    runs > 0
        && letters >= 3 * runs
        && capitals <= runs + acronyms + 2
        && 5 * vowels >= letters + capitals
        && !consonants_in_a_row
}

/// Shannon entropy in bits per byte.
fn entropy(v: &[u8]) -> f64 {
    let mut counts = [0u32; 256];
    for &b in v {
        counts[b as usize] += 1;
    }
    let n = v.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Whether a value-shaped candidate belongs to a key that contains `:`: an
/// ARN or a type path, not a setting (`arn:aws:secretsmanager:...:secret:name`,
/// `"AWS::AppSync::ApiKey": "..."`).
pub(super) fn secret_ruled_out_by_neighbours(hay: &[u8], start: usize) -> bool {
    let window = &hay[start.saturating_sub(80)..start];
    let key_end = window
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'"' | b'\'' | b':' | b'=' | b'>'))
        .map_or(0, |i| i + 1);
    let key_start = window[..key_end]
        .iter()
        .rposition(|b| {
            b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'{' | b',' | b'[' | b'(')
        })
        .map_or(0, |i| i + 1);
    window[key_start..key_end].contains(&b':')
}

#[cfg(test)]
mod tests {
    use super::super::{Check, Validator};
    use super::entropy;

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn basic_auth_needs_a_real_password() {
        // base64("svc_reports:Tr0ub4dor&3x"), base64("user:pass"), base64("justtext")
        assert!(ok(Validator::BasicAuth, "c3ZjX3JlcG9ydHM6VHIwdWI0ZG9yJjN4"));
        assert!(!ok(Validator::BasicAuth, "dXNlcjpwYXNz"));
        assert!(!ok(Validator::BasicAuth, "anVzdHRleHQ="));
        assert!(!ok(Validator::BasicAuth, "not base64!"));
    }

    #[test]
    fn jwt_tokens_secrets() {
        let jwt_ok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig";
        assert!(ok(Validator::Jwt, jwt_ok));
        assert!(!ok(Validator::Jwt, "eyJub3Rqc29u.eyJ4IjoxfQ.x"));
        assert!(!ok(
            Validator::Token,
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ));
        assert!(!ok(
            Validator::Token,
            "ghp_000000000000000000000000000000000000"
        ));
        assert!(ok(
            Validator::Token,
            "ghp_R4nd0mT0k3nV4lu3sAr3L0ng3rTh4n36chXy"
        ));
        assert!(ok(Validator::SecretValue, "hunter2!"));
        assert!(ok(Validator::SecretValue, "Summer2024!"));
        for not_secret in [
            "required",
            "${DB_PASSWORD}",
            "$DB_PASSWORD",
            "getpass()",
            "user.password",
            "<password>",
            "changeme123",
        ] {
            assert!(!ok(Validator::SecretValue, not_secret), "{not_secret}");
        }
        assert!(ok(
            Validator::UrlCredentials,
            "postgres://app:S3cr3tPw@db.acme.io:5432/app"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "postgres://app:${PGPASSWORD}@db/app"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "postgres://app:<password>@db/app"
        ));
        assert!(ok(
            Validator::UrlCredentials,
            "Server=db1;Database=x;User Id=sa;Password=Pa55w0rd!"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "Server=db1;Password=<your-password>"
        ));
    }

    #[test]
    fn random_base64_secrets_of_any_shape_are_secrets_paths_and_names_are_not() {
        // One random base64 secret in 64 starts with `/` (a Claude Code test's AWS key did),
        // one in four thousand has letters only.
        const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut random = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            B64[(state % n) as usize]
        };
        let mut draw = |first: Option<u8>, alphabet| {
            let mut v: Vec<u8> = first.into_iter().collect();
            while v.len() < 40 {
                v.push(random(alphabet));
            }
            String::from_utf8(v).unwrap()
        };
        for _ in 0..2000 {
            let v = draw(Some(b'/'), 64);
            assert!(ok(Validator::SecretValue, &v), "{v}");
        }
        // Random letters can spell something word-like now and then (see `words`).
        let names: Vec<String> = (0..2000)
            .map(|_| draw(None, 52))
            .filter(|v| !ok(Validator::SecretValue, v))
            .collect();
        assert!(names.len() <= 4, "{names:?}");
        for name in [
            "getElementsByTagName",
            "XMLHttpRequest",
            "PasswordResetRequestHandler",
            "DefaultAWSCredentialsProviderChain",
            "JWTAuthProvider2",
        ] {
            assert!(!ok(Validator::SecretValue, name), "{name}");
        }
        for path in [
            "/Users/maciej",
            "/Users/JohnSmith/Documents/MyProject",
            "/home/ubuntu/.aws/credentials",
            "/etc/ssl/private/server.key",
            "/opt/app/config/ProductionSettings",
            "/srv/www/Release2024",
            "~/.ssh/id_ed25519",
        ] {
            assert!(!ok(Validator::SecretValue, path), "{path}");
        }
    }

    #[test]
    fn entropy_is_bits_per_byte() {
        assert_eq!(entropy(b"aaaa"), 0.0);
        assert!((entropy(b"abcd") - 2.0).abs() < 1e-9);
    }
}
