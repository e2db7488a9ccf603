//! Check digits of national identity numbers and health identifiers, each as
//! published by its issuer.
//! A validator sees the matched bytes (separators included) and says whether
//! the value is well-formed; formats come from the catalogue's patterns.

use super::checksum::{all_same, alnum, digits, iso7064_mod11_10, luhn, two, verhoeff, weighted};
use super::date::valid_date;

/// US: Social Security number area, group and serial rules, without advertised samples.
pub(super) fn us_ssn(v: &[u8]) -> bool {
    let d = &digits(v);
    if d.len() != 9 {
        return false;
    }
    let n = |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let (area, group, serial) = (n(0..3), n(3..5), n(5..9));
    let whole = n(0..9);
    // Never issued: area 000, 666, 900-999; group 00; serial 0000.
    // Widely published samples (Woolworth's wallet card, advertising) are not real.
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !matches!(whole, 78_051_120 | 219_099_999 | 123_456_789 | 457_555_462)
        && !(d[..3].iter().all(|&x| x == d[0])
            && d[3..5].iter().all(|&x| x == d[3])
            && d[5..].iter().all(|&x| x == d[5]))
        && !(987_654_320..=987_654_329).contains(&whole)
}

/// UK: National Insurance number prefix rules.
pub(super) fn uk_nino(v: &[u8]) -> bool {
    let s: Vec<u8> = v.iter().copied().filter(|b| *b != b' ').collect();
    if s.len() != 9 {
        return false;
    }
    let prefix = &s[..2];
    !matches!(
        prefix,
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    )
}

/// UK: NHS number, mod 11.
pub(super) fn nhs_number(v: &[u8]) -> bool {
    let d = &digits(v);
    if d.len() != 10 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (10 - i as u32))
        .sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(d[9])
}

/// Canada: Social Insurance Number, Luhn and a valid first digit.
pub(super) fn ca_sin(v: &[u8]) -> bool {
    let d = &digits(v);
    d.len() == 9 && !matches!(d[0], 0 | 8) && luhn(d)
}

/// India: Aadhaar, a Verhoeff check digit.
pub(super) fn aadhaar(v: &[u8]) -> bool {
    verhoeff(&digits(v))
}

/// Spain: DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits, a letter); the
/// letter is the number mod 23 in `TRWAGMYFPDXBNJZSQVHLCKE`.
pub(super) fn es_dni(v: &[u8]) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let s = alnum(v);
    if s.len() != 9 {
        return false;
    }
    let (prefix, rest) = match s[0] {
        b'X' => (0u8, &s[1..]),
        b'Y' => (1, &s[1..]),
        b'Z' => (2, &s[1..]),
        _ => (0, &s[..]),
    };
    let (number, letter) = rest.split_at(rest.len() - 1);
    if !number.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = number
        .iter()
        .fold(u64::from(prefix), |n, &b| n * 10 + u64::from(b - b'0'));
    n > 0 && LETTERS[(n % 23) as usize] == letter[0]
}

/// Italy: codice fiscale, 16 characters with a check letter over odd/even tables.
pub(super) fn it_fiscal_code(v: &[u8]) -> bool {
    const ODD: [u32; 36] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23, // A-Z
    ];
    let s = alnum(v);
    if s.len() != 16 {
        return false;
    }
    let value = |b: u8| -> Option<usize> {
        match b {
            b'0'..=b'9' => Some(usize::from(b - b'0')),
            b'A'..=b'Z' => Some(usize::from(b - b'A') + 10),
            _ => None,
        }
    };
    let mut sum = 0;
    for (i, &b) in s[..15].iter().enumerate() {
        let Some(x) = value(b) else { return false };
        // Positions are 1-based: odd positions use the table, even ones the plain value.
        sum += if i % 2 == 0 {
            ODD[x]
        } else if x < 10 {
            x as u32
        } else {
            (x - 10) as u32
        };
    }
    s[15] == b'A' + (sum % 26) as u8
}

/// Poland: PESEL, 11 digits with a birth date (month offset by century) and a
/// weighted check digit.
pub(super) fn pl_pesel(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let (yy, mm, dd) = (two(&d, 0), two(&d, 2), two(&d, 4));
    let (century, month) = match mm {
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        81..=92 => (1800, mm - 80),
        _ => return false,
    };
    if !valid_date(century + yy, month, dd) {
        return false;
    }
    let sum = weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    (10 - sum % 10) % 10 == u32::from(d[10])
}

/// Netherlands: BSN, 9 digits passing the "11-proof" (weights 9..2 and -1).
pub(super) fn nl_bsn(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]);
    let total = i64::from(sum) - i64::from(d[8]);
    total > 0 && total % 11 == 0
}

/// Sweden: personnummer or samordningsnummer (day + 60), Luhn over the last
/// ten digits, with a valid date.
pub(super) fn se_personnummer(v: &[u8]) -> bool {
    let d = digits(v);
    let ten = match d.len() {
        10 => &d[..],
        12 => &d[2..],
        _ => return false,
    };
    let (yy, mm, mut dd) = (two(ten, 0), two(ten, 2), two(ten, 4));
    if dd > 60 {
        dd -= 60;
    }
    // The century does not change which dates exist, except 29 February: accept either.
    (valid_date(2000 + yy, mm, dd) || valid_date(1900 + yy, mm, dd)) && luhn(ten)
}

/// Finland: henkilötunnus DDMMYYCZZZQ, the check character is the nine digits
/// mod 31 in `0123456789ABCDEFHJKLMNPRSTUVWXY`.
pub(super) fn fi_hetu(v: &[u8]) -> bool {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let s: Vec<u8> = v.iter().map(u8::to_ascii_uppercase).collect();
    if s.len() != 11 || !s[..6].iter().chain(&s[7..10]).all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = s[..6].iter().map(|b| b - b'0').collect();
    let century = match s[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
        _ => return false,
    };
    if !valid_date(century + two(&d, 4), two(&d, 2), two(&d, 0)) {
        return false;
    }
    let n = s[..6]
        .iter()
        .chain(&s[7..10])
        .fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
    CHECK[(n % 31) as usize] == s[10]
}

/// Turkey: T.C. kimlik no, 11 digits, no leading zero, two check digits.
pub(super) fn tr_tckn(v: &[u8]) -> bool {
    let d: Vec<u32> = digits(v).into_iter().map(u32::from).collect();
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let odd = d[0] + d[2] + d[4] + d[6] + d[8];
    let even = d[1] + d[3] + d[5] + d[7];
    let tenth = (odd * 7 + 10 * 9 - even) % 10; // + 90 keeps it non-negative
    let eleventh = d[..10].iter().sum::<u32>() % 10;
    d[9] == tenth && d[10] == eleventh
}

/// Brazil: CPF, 11 digits with two mod-11 check digits; not one repeated digit.
pub(super) fn br_cpf(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let check = |n: usize| {
        let sum: u32 = d[..n]
            .iter()
            .enumerate()
            .map(|(i, &x)| u32::from(x) * (n as u32 + 1 - i as u32))
            .sum();
        let r = sum * 10 % 11;
        if r == 10 {
            0
        } else {
            r
        }
    };
    check(9) == u32::from(d[9]) && check(10) == u32::from(d[10])
}

/// Singapore: NRIC/FIN, a prefix letter, 7 digits and a check letter.
pub(super) fn sg_nric(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 9 || !s[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = s[1..8].iter().map(|b| b - b'0').collect();
    let sum = weighted(&d, &[2, 7, 6, 5, 4, 3, 2]);
    let (offset, table): (u32, &[u8; 11]) = match s[0] {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return false,
    };
    table[((sum + offset) % 11) as usize] == s[8]
}

/// Australia: tax file number, 9 digits with weights 1,4,3,7,5,8,6,9,10 mod 11.
pub(super) fn au_tfn(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 9 && !all_same(&d) && weighted(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
}

/// France: NIR (numéro de sécurité sociale), 13 characters and a key
/// 97 - (number mod 97); Corsican departments 2A/2B count as 19/18.
pub(super) fn fr_nir(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 15 {
        return false;
    }
    let (body, key) = s.split_at(13);
    let body: Vec<u8> = match &body[5..7] {
        b"2A" => [&body[..5], b"19", &body[7..]].concat(),
        b"2B" => [&body[..5], b"18", &body[7..]].concat(),
        _ => body.to_vec(),
    };
    if !body.iter().chain(key).all(u8::is_ascii_digit) || !matches!(body[0], b'1' | b'2') {
        return false;
    }
    let month = two(&digits(&body), 3);
    if !(1..=12).contains(&month) && !(20..=42).contains(&month) && month != 99 {
        return false;
    }
    let n = body.iter().fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
    let key = two(&digits(key), 0);
    u64::from(key) == 97 - n % 97
}

/// US National Provider Identifier: 10 digits starting 1 or 2, Luhn over
/// the prefix 80840 and the number.
pub(super) fn us_npi(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 10 && matches!(d[0], 1 | 2) && luhn(&[&[8, 0, 8, 4, 0][..], &d].concat())
}

/// US DEA registration number: two letters and seven digits; the last digit is
/// (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
pub(super) fn us_dea(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 9
        || !b"ABCDEFGHJKLMPRSTUX".contains(&s[0])
        || !(s[1].is_ascii_uppercase() || s[1] == b'9')
    {
        return false;
    }
    let d = digits(&s[2..]);
    d.len() == 7 && (weighted(&d[..6], &[1, 2, 1, 2, 1, 2]) % 10) == u32::from(d[6])
}

/// Australian Medicare card number: 10 digits (11 with the individual
/// reference), first digit 2-6, the ninth a weighted check of the first eight.
pub(super) fn au_medicare(v: &[u8]) -> bool {
    let d = digits(v);
    matches!(d.len(), 10 | 11)
        && (2..=6).contains(&d[0])
        && weighted(&d[..8], &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(d[8])
}

/// South Korea resident registration number: YYMMDD, a century/sex digit, and
/// a check digit (weights 2-9, 2-5; 11 minus the sum mod 11, mod 10).
pub(super) fn kr_rrn(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 13 || !(1..=8).contains(&d[6]) {
        return false;
    }
    let century = if matches!(d[6], 1 | 2 | 5 | 6) {
        1900
    } else {
        2000
    };
    let sum = weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    valid_date(century + two(&d, 0), two(&d, 2), two(&d, 4))
        && (11 - sum % 11) % 10 == u32::from(d[12])
}

/// Germany Steuerliche Identifikationsnummer: 11 digits, no leading zero, one
/// digit of the first ten repeated (twice or three times), ISO 7064 MOD 11,10.
pub(super) fn de_tax_id(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[usize::from(x)] += 1;
    }
    let repeated = counts.iter().filter(|&&c| c >= 2).count();
    let max = counts.iter().copied().max().unwrap_or(0);
    repeated == 1 && (2..=3).contains(&max) && iso7064_mod11_10(&d)
}

/// Japan My Number (individual number): 12 digits, the last a check digit
/// (weights 6-2 and 7-2 from the left, 11 minus the sum mod 11; 0 when that is 10 or 11).
pub(super) fn jp_my_number(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 12 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..11], &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    let r = sum % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    check == u32::from(d[11])
}

/// Mexico CURP: 18 characters with a birth date and a check digit over the
/// first 17 (values in `0-9A-NÑO-Z`, weights 18 down to 2).
pub(super) fn mx_curp(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 18
        || !s[4..10].iter().all(u8::is_ascii_digit)
        || !matches!(s[10], b'H' | b'M' | b'X')
    {
        return false;
    }
    let value = |c: u8| -> Option<u32> {
        match c {
            b'0'..=b'9' => Some(u32::from(c - b'0')),
            b'A'..=b'N' => Some(u32::from(c - b'A') + 10),
            b'O'..=b'Z' => Some(u32::from(c - b'O') + 25),
            _ => None,
        }
    };
    let mut sum = 0;
    for (i, &c) in s[..17].iter().enumerate() {
        let Some(x) = value(c) else { return false };
        sum += x * (18 - i as u32);
    }
    let d: Vec<u8> = s[4..10].iter().map(|b| b - b'0').collect();
    let check = (10 - sum % 10) % 10;
    (1..=12).contains(&two(&d, 2))
        && (1..=31).contains(&two(&d, 4))
        && u32::from(s[17].wrapping_sub(b'0')) == check
}

/// South Africa identity number: YYMMDD, 4 digits, citizenship (0/1), a
/// digit, and a Luhn check digit.
pub(super) fn za_id(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 13
        && d[10] <= 1
        && (1..=12).contains(&two(&d, 2))
        && (1..=31).contains(&two(&d, 4))
        && luhn(&d)
}

/// Belgium national register number: YYMMDD, a serial, and 97 minus the first
/// nine digits mod 97 (with a leading 2 for births from 2000).
pub(super) fn be_national_number(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let n: u64 = d[..9].iter().fold(0, |n, &x| n * 10 + u64::from(x));
    let check = u64::from(two(&d, 9));
    97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check
}

/// Denmark CPR: DDMMYY and four digits (a date; the mod-11 check was dropped in 2007).
pub(super) fn dk_cpr(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 10 && valid_date(2000, two(&d, 2), two(&d, 0)) && !all_same(&d[6..])
}

/// Norway fødselsnummer: DDMMYY (D-numbers add 4 to the first digit), three
/// individual digits and two mod-11 check digits.
pub(super) fn no_fnr(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 11 {
        return false;
    }
    let day = two(&d, 0) % 40;
    if !valid_date(2000, two(&d, 2) % 40, day) {
        return false;
    }
    let k = |weights: &[u32], n: usize| {
        let r = 11 - weighted(&d[..n], weights) % 11;
        if r == 11 {
            Some(0)
        } else if r == 10 {
            None
        } else {
            Some(r)
        }
    };
    k(&[3, 7, 6, 1, 8, 9, 4, 5, 2], 9) == Some(u32::from(d[9]))
        && k(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10) == Some(u32::from(d[10]))
}

/// Switzerland AHV/AVS number: 756, nine digits and an EAN-13 check digit.
pub(super) fn ch_ahv(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 13 || d[..3] != [7, 5, 6] {
        return false;
    }
    let sum: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    (10 - sum % 10) % 10 == u32::from(d[12])
}

/// Ireland PPS number: seven digits and a check letter (weights 8-2, the
/// optional second letter weighs 9; mod 23, 0 is W).
pub(super) fn ie_pps(v: &[u8]) -> bool {
    let s = alnum(v);
    if !(8..=9).contains(&s.len()) || !s[..7].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = s[..7].iter().map(|b| b - b'0').collect();
    let mut sum = weighted(&d, &[8, 7, 6, 5, 4, 3, 2]);
    if let Some(&second) = s.get(8) {
        if !second.is_ascii_uppercase() {
            return false;
        }
        // The second letter: W (a legacy suffix) counts 0, A 1, B 2, ...
        sum += 9 * if second == b'W' {
            0
        } else {
            u32::from(second - b'A') + 1
        };
    }
    let r = sum % 23;
    let letter = if r == 0 { b'W' } else { b'A' + r as u8 - 1 };
    s[7] == letter
}

/// Portugal NIF: nine digits, a valid first digit, mod-11 check digit.
pub(super) fn pt_nif(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 9 || !matches!(d[0], 1 | 2 | 3 | 5 | 6 | 8 | 9) || all_same(&d) {
        return false;
    }
    let r = 11 - weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    u32::from(d[8]) == if r >= 10 { 0 } else { r }
}

/// China resident identity card: region, birth date YYYYMMDD, sequence and an
/// ISO 7064 MOD 11-2 check character (X for 10).
pub(super) fn cn_resident_id(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 18 || !s[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = s[..17].iter().map(|b| b - b'0').collect();
    let year = two(&d, 6) * 100 + two(&d, 8);
    if !(1900..=2099).contains(&year) || !valid_date(year, two(&d, 10), two(&d, 12)) {
        return false;
    }
    let sum = weighted(&d, &[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    let check = (12 - sum % 11) % 11;
    let want = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    s[17] == want
}

/// Brazil CNPJ (company register): 14 digits with two mod-11 check digits.
pub(super) fn br_cnpj(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 14 || all_same(&d) {
        return false;
    }
    let dv = |n: usize, weights: &[u32]| {
        let r = weighted(&d[..n], weights) % 11;
        if r < 2 {
            0
        } else {
            11 - r
        }
    };
    dv(12, &[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == u32::from(d[12])
        && dv(13, &[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == u32::from(d[13])
}

/// Australian Business Number: subtract 1 from the first digit, weights
/// 10, 1, 3, ..., 19, the sum divisible by 89.
pub(super) fn au_abn(v: &[u8]) -> bool {
    let mut d = digits(v);
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    d[0] -= 1;
    weighted(&d, &[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 == 0
}

/// UK Unique Taxpayer Reference: ten digits, the first a check digit over the
/// other nine (weights 6, 7, 8, 9, 10, 5, 4, 3, 2; `21987654321`[sum mod 11]).
pub(super) fn uk_utr(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 10 || all_same(&d) {
        return false;
    }
    let r = weighted(&d[1..], &[6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
    b"21987654321"[r as usize] - b'0' == d[0]
}

/// Italy partita IVA: eleven digits with a Luhn check digit.
pub(super) fn it_vat(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 11 && !all_same(&d) && luhn(&d)
}

/// Poland NIP: ten digits, weights 6, 5, 7, 2, 3, 4, 5, 6, 7, mod 11.
pub(super) fn pl_nip(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 10
        && !all_same(&d)
        && weighted(&d[..9], &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == u32::from(d[9])
}

/// France SIREN (9 digits) or SIRET (14 digits): Luhn.
pub(super) fn fr_siren(v: &[u8]) -> bool {
    let d = digits(v);
    matches!(d.len(), 9 | 14) && !all_same(&d) && luhn(&d)
}

/// New Zealand IRD number: eight or nine digits, mod 11 with a second
/// weighting when the first gives 10.
pub(super) fn nz_ird(v: &[u8]) -> bool {
    let mut d = digits(v);
    if !(8..=9).contains(&d.len()) {
        return false;
    }
    if d.len() == 8 {
        d.insert(0, 0);
    }
    let n: u32 = d.iter().fold(0, |n, &x| n * 10 + u32::from(x));
    if !(10_000_000..=150_000_000).contains(&n) {
        return false;
    }
    let body = &d[..8];
    let check = |w: &[u32]| {
        let r = weighted(body, w) % 11;
        if r == 0 {
            Some(0)
        } else {
            Some(11 - r).filter(|&c| c != 10)
        }
    };
    let c = check(&[3, 2, 7, 6, 5, 4, 3, 2]).or_else(|| check(&[7, 4, 3, 2, 5, 2, 7, 6]));
    c == Some(u32::from(d[8]))
}

/// Israel identity number: nine digits, weights 1 and 2 alternating, the
/// digits of each product summed, the total divisible by 10.
pub(super) fn il_id(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let p = u32::from(x) * if i % 2 == 0 { 1 } else { 2 };
            p / 10 + p % 10
        })
        .sum();
    sum % 10 == 0
}

/// Hong Kong identity card: one or two letters, six digits and a check
/// character (mod 11, A for 10) often written in brackets.
pub(super) fn hk_hkid(v: &[u8]) -> bool {
    let s = alnum(v);
    let letters = s.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters)
        || s.len() != letters + 7
        || !s[letters..letters + 6].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let value = |c: u8| u32::from(c - b'A') + 10;
    let mut sum = if letters == 1 {
        36 * 9 + value(s[0]) * 8
    } else {
        value(s[0]) * 9 + value(s[1]) * 8
    };
    for (i, &c) in s[letters..letters + 6].iter().enumerate() {
        sum += u32::from(c - b'0') * (7 - i as u32);
    }
    let r = (11 - sum % 11) % 11;
    let want = if r == 10 { b'A' } else { b'0' + r as u8 };
    s[letters + 6] == want
}

/// Taiwan national identification number: a region letter, 1 or 2 (sex), seven
/// digits and a check digit (the letter's two-digit code, weights 1, 9, 8, ..., 1).
pub(super) fn tw_id(v: &[u8]) -> bool {
    const CODES: [u32; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    let s = alnum(v);
    if s.len() != 10
        || !s[0].is_ascii_uppercase()
        || !matches!(s[1], b'1' | b'2')
        || !s[1..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let code = CODES[usize::from(s[0] - b'A')];
    let d: Vec<u8> = s[1..].iter().map(|b| b - b'0').collect();
    let sum = code / 10 + (code % 10) * 9 + weighted(&d, &[8, 7, 6, 5, 4, 3, 2, 1, 1]);
    sum % 10 == 0
}

/// Thailand national ID: thirteen digits, weights 13 down to 2, (11 - sum mod 11) mod 10.
pub(super) fn th_id(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 13 || d[0] == 0 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..12], &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    (11 - sum % 11) % 10 == u32::from(d[12])
}

/// India GSTIN: state code, PAN, entity number, Z, and a mod-36 check character.
pub(super) fn in_gstin(v: &[u8]) -> bool {
    const CHARS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let s = alnum(v);
    if s.len() != 15
        || !(1..=38).contains(
            &(u32::from(s[0].wrapping_sub(b'0')) * 10 + u32::from(s[1].wrapping_sub(b'0'))),
        )
    {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in s[..14].iter().enumerate() {
        let Some(x) = CHARS.iter().position(|&k| k == c) else {
            return false;
        };
        let p = x as u32 * if i % 2 == 0 { 1 } else { 2 };
        sum += p / 36 + p % 36;
    }
    CHARS[((36 - sum % 36) % 36) as usize] == s[14]
}

/// Finland business ID (Y-tunnus): seven digits, a hyphen, and a mod-11 check digit.
pub(super) fn fi_business_id(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 8 {
        return false;
    }
    let r = weighted(&d[..7], &[7, 9, 10, 5, 8, 4, 2]) % 11;
    r != 1 && (if r == 0 { 0 } else { 11 - r }) == u32::from(d[7])
}

/// Sweden organisation number: ten digits (third at least 2) and Luhn.
pub(super) fn se_orgnr(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 10 && d[2] >= 2 && luhn(&d)
}

/// Canada Ontario health card (OHIP): ten digits with Luhn.
pub(super) fn ca_ohip(v: &[u8]) -> bool {
    let d = digits(v);
    d.len() == 10 && !all_same(&d) && luhn(&d)
}

/// A Bitcoin address: Base58Check (`1…`, `3…`) with its double-SHA-256
/// checksum, or Bech32/Bech32m (`bc1…`) with its BCH checksum.
pub(super) fn btc_address(v: &[u8]) -> bool {
    if v.len() >= 14 && v[..3].eq_ignore_ascii_case(b"bc1") {
        return bech32(&v.to_ascii_lowercase());
    }
    base58check(v)
}

fn base58check(v: &[u8]) -> bool {
    use sha2::{Digest, Sha256};
    const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if !(25..=35).contains(&v.len()) {
        return false;
    }
    // Big-endian base conversion into 25 bytes (version, hash160, checksum).
    let mut bytes = [0u8; 25];
    for &c in v {
        let Some(mut carry) = ALPHABET.iter().position(|&a| a == c).map(|p| p as u32) else {
            return false;
        };
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let check = Sha256::digest(Sha256::digest(&bytes[..21]));
    check[..4] == bytes[21..] && matches!(bytes[0], 0 | 5)
}

fn bech32(v: &[u8]) -> bool {
    const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    let Some(sep) = v.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let (hrp, data) = (&v[..sep], &v[sep + 1..]);
    if hrp != b"bc" || data.len() < 6 {
        return false;
    }
    let mut values = Vec::with_capacity(hrp.len() * 2 + 1 + data.len());
    values.extend(hrp.iter().map(|b| u32::from(b >> 5)));
    values.push(0);
    values.extend(hrp.iter().map(|b| u32::from(b & 31)));
    for &c in data {
        let Some(p) = CHARSET.iter().position(|&k| k == c) else {
            return false;
        };
        values.push(p as u32);
    }
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for x in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ x;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk == 1 || chk == 0x2bc8_30a3
}

/// New Zealand NHI number (AAANNNC): letters without I and O, a mod-11 check digit.
pub(super) fn nz_nhi(v: &[u8]) -> bool {
    let s = alnum(v);
    if s.len() != 7
        || !s[..3]
            .iter()
            .all(|b| b.is_ascii_uppercase() && !matches!(b, b'I' | b'O'))
        || !s[3..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let value = |c: u8| {
        let mut x = u32::from(c - b'A') + 1;
        if c > b'I' {
            x -= 1;
        }
        if c > b'O' {
            x -= 1;
        }
        x
    };
    let sum = value(s[0]) * 7
        + value(s[1]) * 6
        + value(s[2]) * 5
        + weighted(
            &s[3..6].iter().map(|b| b - b'0').collect::<Vec<_>>(),
            &[4, 3, 2],
        );
    let r = sum % 11;
    r != 0 && (11 - r) % 10 == u32::from(s[6] - b'0')
}

/// Malaysia MyKad number: YYMMDD, a place-of-birth code and four digits.
pub(super) fn my_mykad(v: &[u8]) -> bool {
    let d = digits(v);
    if d.len() != 12 || !valid_date(2000, two(&d, 2), two(&d, 4)) {
        return false;
    }
    let place = two(&d, 6);
    matches!(place, 1..=16 | 21..=59 | 60..=68 | 71 | 72 | 74..=79 | 82..=93 | 98 | 99)
}

#[cfg(test)]
mod tests {
    use super::super::{Check, Validator as Named};
    use super::*;

    type Validator = fn(&[u8]) -> bool;

    #[test]
    fn published_examples_pass_and_one_changed_digit_fails() {
        // (validator, valid example, the same with one character changed)
        let cases: [(Validator, &str, &str); 14] = [
            (us_npi, "1234567893", "1234567894"),
            (us_dea, "AB1234563", "AB1234564"),
            (au_medicare, "2123 45670 1", "2123 45671 1"),
            (es_dni, "12345678Z", "12345678A"),
            (es_dni, "X1234567L", "X1234567M"),
            (it_fiscal_code, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
            (pl_pesel, "44051401359", "44051401358"),
            (nl_bsn, "111222333", "111222334"),
            (se_personnummer, "811218-9876", "811218-9875"),
            (fi_hetu, "131052-308T", "131052-308U"),
            (tr_tckn, "10000000146", "10000000147"),
            (br_cpf, "529.982.247-25", "529.982.247-26"),
            (sg_nric, "S1234567D", "S1234567E"),
            (au_tfn, "123456782", "123456783"),
        ];
        for (f, good, bad) in cases {
            assert!(f(good.as_bytes()), "{good} should pass");
            assert!(!f(bad.as_bytes()), "{bad} should fail");
        }
        // Published examples (issuers' documentation and standard test values).
        let published: [(Validator, &str, &str); 12] = [
            (cn_resident_id, "11010519491231002X", "110105194912310021"),
            (br_cnpj, "11.222.333/0001-81", "11.222.333/0001-82"),
            (au_abn, "51 824 753 556", "51 824 753 557"),
            (ch_ahv, "756.1234.5678.97", "756.1234.5678.98"),
            (pt_nif, "123456789", "123456788"),
            (mx_curp, "HEGG560427MVZRRL04", "HEGG560427MVZRRL05"),
            (za_id, "8001015009087", "8001015009088"),
            (kr_rrn, "800101-1234560", "800101-1234561"),
            (ie_pps, "1234567T", "1234567U"),
            (jp_my_number, "123456789018", "123456789017"),
            (no_fnr, "01010750160", "01010750161"),
            (be_national_number, "85.07.30-033.28", "85.07.30-033.29"),
        ];
        for (f, good, bad) in published {
            assert!(f(good.as_bytes()), "{good} should pass");
            assert!(!f(bad.as_bytes()), "{bad} should fail");
        }
        let batch4: [(Validator, &str, &str); 14] = [
            (uk_utr, "2234567890", "3234567890"),
            (it_vat, "07643520567", "07643520568"),
            (pl_nip, "1234563218", "1234563219"),
            (fr_siren, "732829320", "732829321"),
            (fr_siren, "73282932000074", "73282932000075"),
            (nz_ird, "49091850", "49091851"),
            (il_id, "123456782", "123456783"),
            (hk_hkid, "A123456(3)", "A123456(4)"),
            (tw_id, "A123456789", "A123456788"),
            (th_id, "1101700203450", "1101700203451"),
            (in_gstin, "27AAPFU0939F1ZV", "27AAPFU0939F1ZW"),
            (fi_business_id, "0737546-2", "0737546-3"),
            (se_orgnr, "556036-0793", "556036-0794"),
            (nz_nhi, "ZZZ0016", "ZZZ0017"),
        ];
        for (f, good, bad) in batch4 {
            assert!(f(good.as_bytes()), "{good} should pass");
            assert!(!f(bad.as_bytes()), "{bad} should fail");
        }
        assert!(btc_address(b"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
        assert!(!btc_address(b"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"));
        assert!(btc_address(b"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        assert!(btc_address(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        assert!(!btc_address(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"));
        assert!(ca_ohip(b"9876543217"));
        assert!(my_mykad(b"850101-14-5123"));
        assert!(!my_mykad(b"850101-70-5123"), "place code 70 is unassigned");
        assert!(de_tax_id(b"86095742719"));
        assert!(!de_tax_id(b"86095742710"));
        assert!(!de_tax_id(b"12345678903"), "no repeated digit");
        assert!(dk_cpr(b"070761-4285"));
        assert!(!dk_cpr(b"320761-4285"), "day 32");
        assert!(fr_nir(b"2 69 05 49 588 157 80"));
        assert!(!fr_nir(b"2 69 05 49 588 157 81"));
        assert!(fr_nir(b"1 84 12 2A 123 456 97"), "Corsica: 2A counts as 19");
        assert!(!fr_nir(b"1 84 12 2A 123 456 98"));
    }

    #[test]
    fn shapes_that_are_not_ids_fail() {
        assert!(!br_cpf(b"111.111.111-11"), "repeated digits");
        assert!(!pl_pesel(b"44133401359"), "month 13");
        assert!(!nl_bsn(b"000000000"));
        assert!(!fi_hetu(b"310252-308T"), "31 February");
        assert!(!tr_tckn(b"01234567890"), "leading zero");
        assert!(!sg_nric(b"Q1234567D"), "unknown prefix");
        assert!(!es_dni(b"1234567Z"), "too short");
        assert!(!se_personnummer(b"811318-9876"), "month 13");
    }

    fn ok(v: Named, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn ssn_nino() {
        assert!(ok(Named::UsSsn, "536-90-4399"));
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "536-00-4399",
            "536-90-0000",
            "078-05-1120",
            "123-45-6789",
        ] {
            assert!(!ok(Named::UsSsn, bad), "{bad}");
        }
        assert!(ok(Named::UkNino, "AB 12 34 56 C"));
        assert!(!ok(Named::UkNino, "GB123456A"));
    }

    #[test]
    fn nhs_sin_aadhaar() {
        assert!(ok(Named::NhsNumber, "943 476 5919"));
        assert!(!ok(Named::NhsNumber, "943 476 5918"));
        assert!(ok(Named::CaSin, "130 692 544"));
        assert!(
            !ok(Named::CaSin, "046 454 286"),
            "0 is not a valid first digit"
        );
        assert!(!ok(Named::CaSin, "130 692 545"));
        assert!(
            !ok(Named::CaSin, "846 454 286"),
            "8 is not a valid first digit"
        );
        assert!(verhoeff(&digits(b"2363")), "Verhoeff reference example");
        assert!(!verhoeff(&digits(b"2364")));
        assert!(ok(Named::Aadhaar, "4991 1866 5246"));
        assert!(!ok(Named::Aadhaar, "4991 1866 5247"));
    }
}
