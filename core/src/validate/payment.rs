//! Payment data: card numbers, IBANs, routing numbers, BICs and account numbers.

use super::checksum::{digits, has_sequence, iban_mod97, longest_run, luhn};
use super::date::valid_date;
use super::Check;

/// Luhn mod-10 over the digits of `v`.
pub(super) fn luhn_number(v: &[u8]) -> bool {
    luhn(&digits(v))
}

pub(super) fn payment_card(v: &[u8]) -> bool {
    let d = digits(v);
    // Separators must form a plausible grouping: none, or only spaces or only
    // dashes; one line break may stand for one of them (a number wrapped in a paste).
    let breaks = v.iter().filter(|&&b| b == b'\n').count();
    let seps: Vec<u8> = v
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_digit() && !matches!(b, b'\n' | b'\r'))
        .collect();
    if breaks > 1 || seps.windows(2).any(|w| w[0] != w[1]) {
        return false;
    }
    if !seps.is_empty() {
        let groups: Vec<usize> = v
            .split(|b| !b.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .map(<[u8]>::len)
            .collect();
        if groups.iter().any(|&g| !(3..=6).contains(&g)) {
            return false;
        }
    }
    let n = d.len();
    let prefix = |k: usize| d.iter().take(k).fold(0u32, |a, &x| a * 10 + u32::from(x));
    let p2 = prefix(2);
    let (p3, p4) = (prefix(3), prefix(4));
    if n < 12 {
        return false;
    }
    let visa = d[0] == 4 && matches!(n, 13 | 16 | 19);
    let mastercard = ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && n == 16;
    let amex = matches!(p2, 34 | 37) && n == 15;
    let long = (16..=19).contains(&n);
    let discover = (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && long;
    let jcb = (3528..=3589).contains(&p4) && long;
    let diners =
        ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39)) && (14..=19).contains(&n);
    let unionpay = p2 == 62 && long;
    let maestro = (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&n);
    let issuer_ok = visa || mastercard || amex || discover || jcb || diners || unionpay || maestro;
    // `4229989100000000`: a long run of one digit is test data, not a card.
    issuer_ok && luhn(&d) && longest_run(&d) < 7
}

/// IBAN lengths per country (ISO 13616 registry).
fn iban_length(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        _ => return None,
    })
}

pub(super) fn iban(v: &[u8]) -> Check {
    let Some(len) = v.get(..2).and_then(iban_length) else {
        return Check::Reject;
    };
    // Walk the match taking `len` alphanumerics; the match may run on into a
    // following word ("... 3000 BIC"), which is trimmed off at a group boundary.
    let mut chars = Vec::with_capacity(len);
    let mut end = 0;
    for (i, &b) in v.iter().enumerate() {
        if b == b' ' {
            continue;
        }
        chars.push(b);
        if chars.len() == len {
            end = i + 1;
            break;
        }
    }
    if chars.len() != len || (end < v.len() && v[end] != b' ') || !iban_mod97(&chars) {
        return Check::Reject;
    }
    if end == v.len() {
        Check::Accept
    } else {
        Check::Trim(end)
    }
}

pub(super) fn aba_routing(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 9 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let w = [3u32, 7, 1];
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * w[i % 3])
        .sum();
    sum % 10 == 0
}

/// ISO 3166-1 alpha-2 codes, for BIC validation.
const COUNTRIES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

fn is_country(cc: &[u8]) -> bool {
    COUNTRIES.as_bytes().chunks(2).any(|c| c == cc)
}

pub(super) fn bic(v: &[u8]) -> bool {
    (v.len() == 8 || v.len() == 11)
        && is_country(&v[4..6])
        && v[..4].iter().all(u8::is_ascii_uppercase)
}

/// An account-like number: not a made-up sequence, not one repeated digit
/// (`111122223333`: too few distinct digits), not a date (`20030716`).
pub(super) fn account_number(v: &[u8]) -> bool {
    let d = digits(v);
    let mut distinct = d.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let as_date = d.len() == 8 && {
        let n = |r: std::ops::Range<usize>| d[r].iter().fold(0, |a, &x| a * 10 + u32::from(x));
        (1900..2100).contains(&n(0..4)) && valid_date(n(0..4), n(4..6), n(6..8))
    };
    distinct.len() > 3 && !has_sequence(&d, 6) && !as_date
}

#[cfg(test)]
mod tests {
    use super::super::checksum::{digits, luhn};
    use super::super::{Check, Validator};

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn luhn_and_cards() {
        assert!(luhn(&digits(b"4539 1488 0343 6467")));
        assert!(!luhn(&digits(b"4539 1488 0343 6468")));
        assert!(ok(Validator::PaymentCard, "4539 1488 0343 6467"));
        assert!(ok(Validator::PaymentCard, "4539-1488-0343-6467"));
        assert!(
            !ok(Validator::PaymentCard, "4539 1488-0343 6467"),
            "mixed separators"
        );
        assert!(ok(Validator::PaymentCard, "371449635398431"), "amex 15");
        assert!(
            !ok(Validator::PaymentCard, "1234567812345670"),
            "no issuer starts with 1"
        );
        assert!(
            !ok(Validator::PaymentCard, "3714496353984310"),
            "amex must be 15"
        );
        assert!(ok(Validator::PaymentCard, "5425233430109903"));
        assert!(ok(Validator::PaymentCard, "2720432319487575"));
        assert!(
            !ok(Validator::PaymentCard, "2221000000000009"),
            "a run of zeros is test data"
        );
        assert!(
            !ok(Validator::PaymentCard, "5575266562640200287"),
            "55 is Mastercard: 16 digits only"
        );
        assert!(!ok(Validator::Luhn, "7"));
    }

    #[test]
    fn iban_checks_length_checksum_and_trims() {
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00"),
            Check::Accept
        );
        assert_eq!(
            Validator::Iban.check(b"GB29NWBK60161331926819"),
            Check::Accept
        );
        assert_eq!(
            Validator::Iban.check(b"GB29NWBK60161331926818"),
            Check::Reject
        );
        assert_eq!(
            Validator::Iban.check(b"XX29NWBK60161331926819"),
            Check::Reject
        );
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00 BIC"),
            Check::Trim(27)
        );
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00BIC"),
            Check::Reject
        );
    }

    #[test]
    fn aba_bic() {
        assert!(ok(Validator::AbaRouting, "011000015"));
        assert!(!ok(Validator::AbaRouting, "011000016"));
        assert!(ok(Validator::Bic, "DEUTDEFF"));
        assert!(ok(Validator::Bic, "DEUTDEFF500"));
        assert!(!ok(Validator::Bic, "DEUTXQFF"));
    }
}
