//! Bounded decoding of encoded blobs where sensitive data may hide:
//! percent-encoding (`?email=jane.doe%40acme.io`), base64 (a Kubernetes
//! secret, a `data:` URL of text, a pasted token wrapped once more), and keys
//! pasted in groups (`ghp_AbC1 dEf2 ...`), joined.
//!
//! Bounds: each blob at most [`MAX_BLOB`] bytes, decoded once (a decoded blob
//! is not decoded again), and kept only when the result is printable text;
//! all blobs of a text together at most [`BUDGET`] times its length, decoded.
//! There is no count of blobs: harmless blobs before an encoded value cannot
//! use up what is looked at. The budget is never reached, only enforced: every
//! byte is part of at most one percent-encoded or base64 run, which decodes to
//! at most as many bytes, and of at most one chain of groups, which is joined
//! at most four ways (with or without the group before it, with or without a
//! shorter last group): five times the text at most. Findings inside a percent-encoded or
//! joined blob map back to exact original offsets; findings inside a base64
//! blob cover the whole blob, since base64 does not align with the bytes it
//! encodes.

use base64::Engine as _;

/// Decoded bytes per byte of text, at most (see the module's documentation).
pub(crate) const BUDGET: usize = 5;
/// Longest blob that is decoded, in encoded bytes.
pub(crate) const MAX_BLOB: usize = 16 << 10;
/// Shortest base64 run that is tried (12 bytes once decoded).
const MIN_BASE64: usize = 16;

/// One decoded blob.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: Vec<u8>,
    start: usize,
    end: usize,
    /// For percent-encoding and joined groups: the original offset of every
    /// decoded offset (one more entry than `text` for the end).
    map: Option<Vec<usize>>,
    /// Joined groups: a span ends right after its last byte, not at the
    /// start of the next group.
    joined: bool,
}

impl Decoded {
    /// The original span of decoded `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            Some(m) if self.joined && end > start => (m[start], m[end - 1] + 1),
            Some(m) => (m[start], m[end]),
            None => (self.start, self.end),
        }
    }
}

/// The encoded blobs of `hay`, decoded, in order.
pub(crate) fn blobs(hay: &[u8]) -> Vec<Decoded> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < hay.len() {
        if !is_b64(hay[i]) && hay[i] != b'%' {
            i += 1;
            continue;
        }
        // A run of URL-safe text: the widest blob either encoding can be.
        let start = i;
        let mut percent_sign = false;
        while let Some(&b) = hay.get(i) {
            if CLASS[usize::from(b)] == OTHER {
                break;
            }
            percent_sign |= b == b'%';
            i += 1;
        }
        let run = &hay[start..i];
        // Most runs are words: too short to hide anything.
        if run.len() > MAX_BLOB || run.len() < 6 || (run.len() < MIN_BASE64 && !percent_sign) {
            continue;
        }
        if percent_sign {
            if let Some(d) = percent(run, start) {
                out.push(d);
            }
        } else {
            base64_runs(run, start, &mut out);
        }
    }
    grouped_keys(hay, &mut out);
    let mut left = BUDGET * hay.len();
    out.retain(|d| {
        let keep = d.text.len() <= left;
        left = left.saturating_sub(d.text.len());
        keep
    });
    out
}

/// Group lengths of a key pasted in groups, and the fewest equal groups.
const GROUP: std::ops::RangeInclusive<usize> = 2..=8;
const MIN_GROUPS: usize = 3;

/// Keys pasted in groups: runs of at least [`MIN_GROUPS`] groups of one length
/// (letters, digits, `_`, `-`), one space apart, joined with the group before
/// them (a prefix such as `sk-ant-api03-`) or without it, and with a shorter
/// last group or without it.
fn grouped_keys(hay: &[u8], out: &mut Vec<Decoded>) {
    // A key has groups with both digits and letters: chains are looked for
    // only from those.
    let mut done = 0;
    for at in super::scan::digit_offsets(hay) {
        if at < done {
            continue;
        }
        let group = group_at(hay, at);
        done = group.1;
        if mixed(&hay[group.0..group.1]) {
            let chain = chain_around(hay, group);
            done = chain.last().map_or(done, |g| g.1);
            join_equal_groups(hay, &chain, out);
        }
    }
}

fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The group (a run of letters, digits, `_`, `-`) that contains `hay[i]`.
fn group_at(hay: &[u8], i: usize) -> (usize, usize) {
    let start = hay[..i]
        .iter()
        .rposition(|&b| !is_token(b))
        .map_or(0, |p| p + 1);
    let end = hay[i..]
        .iter()
        .position(|&b| !is_token(b))
        .map_or(hay.len(), |p| i + p);
    (start, end)
}

/// Whether a group has both digits and letters, as most groups of a random
/// key do and words and numbers do not.
fn mixed(group: &[u8]) -> bool {
    group.iter().any(u8::is_ascii_digit) && group.iter().any(u8::is_ascii_alphabetic)
}

/// The groups one space apart around `group`, at most [`MAX_CHAIN`] on
/// either side.
fn chain_around(hay: &[u8], group: (usize, usize)) -> Vec<(usize, usize)> {
    let mut chain = vec![group];
    let mut first = group;
    while chain.len() <= MAX_CHAIN
        && first.0 >= 2
        && hay[first.0 - 1] == b' '
        && is_token(hay[first.0 - 2])
    {
        first = group_at(hay, first.0 - 2);
        chain.push(first);
    }
    chain.reverse();
    let mut last = group;
    let most = chain.len() + MAX_CHAIN;
    while chain.len() < most
        && last.1 + 1 < hay.len()
        && hay[last.1] == b' '
        && is_token(hay[last.1 + 1])
    {
        last = group_at(hay, last.1 + 1);
        chain.push(last);
    }
    chain
}

/// Groups looked at on either side of a mixed group.
const MAX_CHAIN: usize = 64;

fn join_equal_groups(hay: &[u8], chain: &[(usize, usize)], out: &mut Vec<Decoded>) {
    let len = |g: usize| chain[g].1 - chain[g].0;
    let mut a = 0;
    while a < chain.len() {
        let mut b = a;
        while b + 1 < chain.len() && len(b + 1) == len(a) {
            b += 1;
        }
        if GROUP.contains(&len(a)) && b + 1 - a >= MIN_GROUPS {
            let shorter_last = (b + 1 < chain.len() && len(b + 1) < len(a)).then_some(b + 1);
            for first in [Some(a), a.checked_sub(1)].into_iter().flatten() {
                for last in [Some(b), shorter_last].into_iter().flatten() {
                    out.extend(joined(hay, &chain[first..=last]));
                }
            }
        }
        a = b + 1;
    }
}

/// `groups` joined, if at least two of them are [`mixed`].
fn joined(hay: &[u8], groups: &[(usize, usize)]) -> Option<Decoded> {
    if groups.iter().filter(|&&(s, e)| mixed(&hay[s..e])).count() < 2 {
        return None;
    }
    let mut text = Vec::new();
    let mut map = Vec::new();
    for &(s, e) in groups {
        text.extend_from_slice(&hay[s..e]);
        map.extend(s..e);
    }
    let (start, end) = (groups.first()?.0, groups.last()?.1);
    map.push(end);
    Some(Decoded {
        text,
        start,
        end,
        map: Some(map),
        joined: true,
    })
}

const OTHER: u8 = 0;
const BASE64: u8 = 1;
const URL: u8 = 2;

/// The class of every byte: base64 alphabet, other URL-safe text, or neither.
/// A table, since the run loop visits every byte of every text.
static CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=' | b'-' | b'_') {
            BASE64
        } else if matches!(
            c,
            b'%' | b'.' | b'~' | b'&' | b'?' | b':' | b'@' | b';' | b',' | b'!' | b'*'
        ) {
            URL
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

fn is_b64(b: u8) -> bool {
    CLASS[usize::from(b)] == BASE64
}

fn printable(text: &[u8]) -> bool {
    std::str::from_utf8(text).is_ok_and(|s| {
        s.chars()
            .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
    })
}

fn percent(run: &[u8], offset: usize) -> Option<Decoded> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut text = Vec::with_capacity(run.len());
    let mut map = Vec::with_capacity(run.len() + 1);
    let mut j = 0;
    let mut decoded_any = false;
    while j < run.len() {
        if run[j] == b'%' && j + 2 < run.len() {
            if let (Some(h), Some(l)) = (hex(run[j + 1]), hex(run[j + 2])) {
                map.push(offset + j);
                text.push(h << 4 | l);
                j += 3;
                decoded_any = true;
                continue;
            }
        }
        map.push(offset + j);
        text.push(run[j]);
        j += 1;
    }
    map.push(offset + run.len());
    (decoded_any && printable(&text)).then_some(Decoded {
        text,
        start: offset,
        end: offset + run.len(),
        map: Some(map),
        joined: false,
    })
}

/// Base64 candidates inside a run: the run split at characters base64 does
/// not use, each piece long enough, not plain hex or one letter case, and
/// decoding to printable text.
fn base64_runs(run: &[u8], offset: usize, out: &mut Vec<Decoded>) {
    let mut s = 0;
    for piece in run.split(|b| !is_b64(*b)) {
        let start = offset + s;
        s += piece.len() + 1;
        if piece.len() < MIN_BASE64 {
            continue;
        }
        let body = piece
            .strip_suffix(b"==")
            .or_else(|| piece.strip_suffix(b"="))
            .unwrap_or(piece);
        if body.contains(&b'=') || body.iter().all(u8::is_ascii_hexdigit) {
            continue;
        }
        let (lower, upper) = (
            body.iter().any(u8::is_ascii_lowercase),
            body.iter().any(u8::is_ascii_uppercase),
        );
        if !(lower && upper) {
            continue;
        }
        let engine = if body.iter().any(|b| matches!(b, b'-' | b'_')) {
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
        } else {
            &base64::engine::general_purpose::STANDARD_NO_PAD
        };
        let Ok(text) = engine.decode(body) else {
            continue;
        };
        if text.len() >= 8 && printable(&text) {
            out.push(Decoded {
                text,
                start,
                end: start + piece.len(),
                map: None,
                joined: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(hay: &str) -> Vec<(String, String)> {
        blobs(hay.as_bytes())
            .into_iter()
            .map(|d| {
                let (s, e) = d.span(0, d.text.len());
                (String::from_utf8(d.text).unwrap(), hay[s..e].to_string())
            })
            .collect()
    }

    #[test]
    fn percent_encoding_maps_back_exactly() {
        let hay = "GET /signup?email=jane.doe%40acme.io&x=1 HTTP/1.1";
        let d = blobs(hay.as_bytes());
        assert_eq!(d.len(), 1);
        let text = String::from_utf8(d[0].text.clone()).unwrap();
        let at = text.find("jane").unwrap();
        let (s, e) = d[0].span(at, at + "jane.doe@acme.io".len());
        assert_eq!(&hay[s..e], "jane.doe%40acme.io");
    }

    #[test]
    fn base64_of_text_is_decoded_and_covers_the_blob() {
        let hay = "data:\n  password: aHVudGVyMiFodW50ZXIyIQ==\n";
        assert_eq!(
            decoded(hay),
            [(
                "hunter2!hunter2!".to_string(),
                "aHVudGVyMiFodW50ZXIyIQ==".to_string()
            )]
        );
    }

    #[test]
    fn hashes_binary_words_and_short_runs_are_not_blobs() {
        for hay in [
            "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
            "Internationalization and localization",
            "aGVsbG8= short",
            "100%",
        ] {
            assert!(blobs(hay.as_bytes()).is_empty(), "{hay}");
        }
    }

    #[test]
    fn keys_pasted_in_groups_are_joined_and_map_back_exactly() {
        let key = "ghp_Ab1C dE2f Gh3I jK4l";
        let hay = format!("my token {key} please rotate");
        let d = blobs(hay.as_bytes());
        let texts: Vec<String> = d
            .iter()
            .map(|d| String::from_utf8(d.text.clone()).unwrap())
            .collect();
        // With and without the group before ("token" is not part of it), and
        // without the shorter word after the run ("please" is longer).
        assert!(
            texts.contains(&"ghp_Ab1CdE2fGh3IjK4l".to_string()),
            "{texts:?}"
        );
        let j = &d[texts
            .iter()
            .position(|t| t == "ghp_Ab1CdE2fGh3IjK4l")
            .unwrap()];
        let (s, e) = j.span(0, j.text.len());
        assert_eq!(&hay[s..e], key);
        // A span ending inside the run ends after its last byte, not at the next group.
        let (s, e) = j.span(4, 8);
        assert_eq!(&hay[s..e], "Ab1C");
        // A prefix group of another length joins too; a shorter last group is tried.
        let hay = "key sk-ant-api03- Ab1C dE2f Gh3I jK4 done";
        let texts: Vec<String> = blobs(hay.as_bytes())
            .into_iter()
            .map(|d| String::from_utf8(d.text).unwrap())
            .collect();
        assert!(
            texts.contains(&"sk-ant-api03-Ab1CdE2fGh3IjK4".to_string()),
            "{texts:?}"
        );
    }

    #[test]
    fn prose_numbers_and_uneven_groups_are_not_joined() {
        for hay in [
            "read the attached proposal before then and leave comments",
            "card 4539 1488 0343 6467 exp 09/28",
            "call 020 7183 9264 or 415 867 5309",
            "abc1 de2 f3gh ij",
        ] {
            assert!(blobs(hay.as_bytes()).is_empty(), "{hay}");
        }
    }

    #[test]
    fn blobs_are_bounded_by_size_not_by_count() {
        let one = "aHVudGVyMiFodW50ZXIyIQ== ";
        assert_eq!(blobs(one.repeat(500).as_bytes()).len(), 500);
        let huge = "QUJD".repeat(MAX_BLOB);
        assert!(blobs(huge.as_bytes()).is_empty());
    }

    #[test]
    fn decoded_bytes_stay_within_the_budget_without_reaching_it() {
        // The densest texts for each kind of blob: short base64 runs,
        // percent-escapes, and chains of groups joined every way.
        for hay in [
            "aHVudGVyMiFodW50 ".repeat(4000),
            "a%40b%2Cc%20d ".repeat(4000),
            "sk-ant-api03- Ab1C dE2f Gh3I jK4 ".repeat(2000),
            "Ab1C dE2f Gh3I jK4l ".repeat(3000),
        ] {
            let decoded: usize = blobs(hay.as_bytes()).iter().map(|d| d.text.len()).sum();
            assert!(
                decoded > 0 && decoded < BUDGET * hay.len(),
                "{decoded} for {}",
                hay.len()
            );
        }
    }
}
