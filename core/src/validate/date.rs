//! Calendar dates: one rule for the days of a month, used by the date
//! validator and by every identifier that encodes a birth date.

/// Whether `year-month-day` is a day of the Gregorian calendar.
pub(super) fn valid_date(year: u32, month: u32, day: u32) -> bool {
    (1..=days_in_month(year, month)).contains(&day)
}

/// The number of days of `month` (1-12) in `year`; 0 for a number that is not a month.
fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// A written date between 1900 and 2099: `1985-03-14`, `14/03/1985` (day or
/// month first), `14 March 1985`, `March 14, 1985`.
pub(super) fn date(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month_word = MONTHS
        .iter()
        .position(|m| s.contains(m))
        .map(|i| i as u32 + 1);
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let (y, m, d) = match (month_word, nums.as_slice()) {
        (Some(m), [a, b]) if *a > 31 => (*a, m, *b),
        (Some(m), [a, b]) => (*b, m, *a),
        (None, [y, m, d]) if *y >= 1000 => (*y, *m, *d),
        // Day-first or month-first: valid if either reading is a date.
        (None, [a, b, y]) => {
            return (1900..=2099).contains(y) && (valid_date(*y, *b, *a) || valid_date(*y, *a, *b));
        }
        _ => return false,
    };
    (1900..=2099).contains(&y) && valid_date(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::super::{Check, Validator};
    use super::*;

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn dates() {
        assert!(ok(Validator::Date, "14/03/1985"));
        assert!(ok(Validator::Date, "03/14/1985"));
        assert!(ok(Validator::Date, "1985-03-14"));
        assert!(ok(Validator::Date, "14 March 1985"));
        assert!(ok(Validator::Date, "March 14, 1985"));
        assert!(ok(Validator::Date, "29/02/2000"));
        assert!(!ok(Validator::Date, "29/02/1900"));
        assert!(!ok(Validator::Date, "32/13/1985"));
        assert!(!ok(Validator::Date, "1985-13-01"));
    }

    #[test]
    fn months_and_leap_years() {
        assert!(valid_date(2024, 2, 29));
        assert!(!valid_date(2023, 2, 29));
        assert!(valid_date(2000, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2024, 4, 31));
        assert!(!valid_date(2024, 13, 1));
        assert!(!valid_date(2024, 0, 1));
        assert!(!valid_date(2024, 1, 0));
    }
}
