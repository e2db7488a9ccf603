//! Contact details: email addresses, phone numbers, person names.

use super::checksum::{digits, has_sequence, longest_run};
use super::network::is_reserved_domain;
use super::Check;

pub(super) fn email(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v);
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let tld = domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let image = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif",
    ];
    let system = ["git", "noreply", "no-reply", "donotreply", "do-not-reply"];
    !is_reserved_domain(domain)
        && !image.contains(&tld.as_str())
        && !system.contains(&local.to_ascii_lowercase().as_str())
        && !domain
            .to_ascii_lowercase()
            .ends_with("users.noreply.github.com")
}

pub(super) fn phone(v: &[u8]) -> bool {
    let d = digits(v);
    let mut distinct = d.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // `+10011010010` (binary), `+2.00000000`, `1234567`: not phone numbers.
    if distinct.len() <= 2 || longest_run(&d) >= 6 || has_sequence(&d, 6) {
        return false;
    }
    // `252.227-7013` (a DFARS clause), `277.764 1035` (SVG coordinates): phone
    // numbers do not mix dots with dashes or spaces.
    if v.contains(&b'.') && (v.contains(&b'-') || v.contains(&b' ')) {
        return false;
    }
    // `+35236450.6`: a decimal, not a number with a one-digit last group.
    let last_group = v
        .rsplit(|b| !b.is_ascii_digit())
        .next()
        .map_or(0, <[u8]>::len);
    if last_group == 1 {
        return false;
    }
    let international = v.first() == Some(&b'+');
    let nanp: Option<&[u8]> = match (international, d.len(), d.first()) {
        (_, 11, Some(1)) => Some(&d[1..]),
        (false, 10, _) => Some(&d[..]),
        _ => None,
    };
    if let Some(n) = nanp.filter(|n| n[0] != 0) {
        let exchange = &n[3..6];
        // NANP: area and exchange start with 2-9. Exchange 555 holds the numbers
        // reserved for fiction (0100-0199) and directory services (1212); in text
        // it is practically always made up.
        return n[0] >= 2 && n[3] >= 2 && exchange != [5, 5, 5];
    }
    if international {
        // E.164 country codes never start with 0; Ofcom's drama ranges are fictional
        // in international form too (+44 7700 900xxx).
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let drama = ["447700900", "442079460", "441632960"]
            .iter()
            .any(|p| s.starts_with(p));
        return (8..=15).contains(&d.len()) && d[0] != 0 && !drama && country_code(&s);
    }
    // National trunk-prefixed numbers (0...). Ofcom's drama ranges are fictional.
    let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
    (10..=11).contains(&d.len())
        && d[0] == 0
        && !s.starts_with("07700900")
        && !s.starts_with("02079460")
        && !s.starts_with("01632960")
}

/// Whether `digits` starts with an assigned ITU-T E.164 country code, so
/// `+2147483648` (zone 2, code 214 is unassigned) and `+4294967296` (429) are
/// constants, not phone numbers.
fn country_code(digits: &str) -> bool {
    let code = |n: usize| digits.get(..n).and_then(|p| p.parse::<u16>().ok());
    match digits.as_bytes().first() {
        Some(b'1' | b'7') => true,
        Some(b'2') => {
            matches!(code(2), Some(20 | 27))
                || code(3).is_some_and(|c| {
                    matches!(c, 211..=213 | 216 | 218 | 220..=258 | 260..=269 | 290 | 291 | 297..=299)
                })
        }
        Some(b'3') => {
            matches!(code(2), Some(30..=34 | 36 | 39))
                || code(3).is_some_and(|c| matches!(c, 350..=359 | 370..=383 | 385..=387 | 389))
        }
        Some(b'4') => {
            matches!(code(2), Some(40 | 41 | 43..=49))
                || code(3).is_some_and(|c| matches!(c, 420 | 421 | 423))
        }
        Some(b'5') => {
            matches!(code(2), Some(51..=58))
                || code(3).is_some_and(|c| matches!(c, 500..=509 | 590..=599))
        }
        Some(b'6') => {
            matches!(code(2), Some(60..=66)) || code(3).is_some_and(|c| matches!(c, 670..=692))
        }
        Some(b'8') => {
            matches!(code(2), Some(81 | 82 | 84 | 86))
                || code(3).is_some_and(|c| matches!(c, 850 | 852 | 853 | 855 | 856 | 880 | 886))
        }
        Some(b'9') => {
            matches!(code(2), Some(90..=95 | 98))
                || code(3).is_some_and(|c| matches!(c, 960..=968 | 970..=977 | 992..=998))
        }
        _ => false,
    }
}

/// A person name: a trailing possessive `'s` is not part of it.
pub(super) fn person_name(v: &[u8]) -> Check {
    match v.strip_suffix(b"'s") {
        Some(name) if !name.is_empty() => Check::Trim(name.len()),
        _ => Check::Accept,
    }
}

/// Whether the text around a phone-shaped candidate says it is something
/// else: `5.7E+53774632`, `153.E+8379` (an exponent), `U+30000020` (a code
/// point), `.../commit/9226322394` (a bare number in a URL path is an id).
pub(super) fn phone_ruled_out_by_neighbours(hay: &[u8], start: usize, end: usize) -> bool {
    let before = |k: usize| start.checked_sub(k).and_then(|i| hay.get(i)).copied();
    hay.get(start) == Some(&b'+')
        && (matches!(before(1), Some(b'e' | b'E'))
            && before(2).is_some_and(|b| b.is_ascii_digit() || b == b'.')
            || matches!(before(1), Some(b'U' | b'u')))
        || before(1) == Some(b'/') && hay[start..end].iter().all(u8::is_ascii_digit)
}

/// Whether an address-shaped candidate is the userinfo of a URL
/// (`https://user:pass@host`), not an address.
pub(super) fn email_ruled_out_by_neighbours(hay: &[u8], start: usize) -> bool {
    let token_start = hay[..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'('))
        .map_or(0, |i| i + 1);
    hay[token_start..start].windows(3).any(|w| w == b"://")
}

#[cfg(test)]
mod tests {
    use super::super::{Check, Validator};

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn email_phone() {
        assert!(ok(Validator::Email, "jane@acme.io"));
        assert!(!ok(Validator::Email, "jane@example.com"));
        assert!(!ok(Validator::Email, "a@mail.example.org"));
        assert!(!ok(Validator::Email, "a@b.test"));
        assert!(!ok(Validator::Email, "icon@2x.png"));
        assert!(!ok(Validator::Email, "git@github.com"));
        assert!(ok(Validator::Phone, "(415) 867-5309"));
        assert!(
            !ok(Validator::Phone, "(415) 555-0123"),
            "fictional 555-01xx"
        );
        assert!(
            !ok(Validator::Phone, "(415) 555-2671"),
            "exchange 555 is made up in practice"
        );
        assert!(
            !ok(Validator::Phone, "(115) 867-5309"),
            "area code starts 2-9"
        );
        assert!(ok(Validator::Phone, "+44 20 7183 9264"));
        assert!(!ok(Validator::Phone, "+44 12"));
        assert!(!ok(Validator::Phone, "07700 900123"), "Ofcom drama range");
        assert!(ok(Validator::Phone, "07911 836402"));
        assert!(!ok(Validator::Phone, "+44 1234567"), "made-up sequence");
        assert!(!ok(Validator::Phone, "+1 987 654 3210"), "made-up sequence");
    }

    #[test]
    fn possessives() {
        assert_eq!(Validator::PersonName.check(b"Lemire's"), Check::Trim(6));
        assert_eq!(Validator::PersonName.check(b"O'Brien"), Check::Accept);
    }
}
