//! Numbering plans: every country calling code with its trunk prefix and the
//! lengths its national numbers may have, from libphonenumber's metadata
//! (`core/data/phones/plans.tsv`, made by `core/data/phones/make.py`).

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/phones/plans.tsv");

/// One country calling code's plan.
#[derive(Debug)]
pub(super) struct Plan {
    pub(super) code: u16,
    /// The trunk prefix dialled before national numbers (`0`, `8`), if any.
    pub(super) trunk: Option<&'static str>,
    /// Bit `n` is set when a national significant number may have `n` digits.
    lengths: u32,
}

impl Plan {
    pub(super) fn allows(&self, national_digits: usize) -> bool {
        national_digits < 32 && self.lengths & (1 << national_digits) != 0
    }
}

fn plans() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    PLANS.get_or_init(|| {
        let mut plans: Vec<Plan> = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|line| {
                let mut f = line.split('\t');
                let code = f.next()?.parse().ok()?;
                let _regions = f.next()?;
                let trunk = f.next()?.split(',').next().filter(|p| !p.is_empty());
                let lengths = f
                    .next()?
                    .split(',')
                    .filter_map(|n| n.parse::<u32>().ok())
                    .filter(|&n| n < 32)
                    .fold(0, |bits, n| bits | 1 << n);
                Some(Plan {
                    code,
                    trunk,
                    lengths,
                })
            })
            .collect();
        plans.sort_by_key(|p| p.code);
        plans
    })
}

/// The plan whose country code starts `digits` (codes are prefix-free, so at
/// most one matches) and the code's length.
pub(super) fn plan_for(digits: &[u8]) -> Option<(&'static Plan, usize)> {
    let plans = plans();
    (1..=3).filter(|&n| n <= digits.len()).find_map(|n| {
        let code = digits[..n].iter().fold(0u16, |c, &d| c * 10 + u16::from(d));
        let i = plans.binary_search_by_key(&code, |p| p.code).ok()?;
        Some((&plans[i], n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_region_and_reads_whole() {
        let lines = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(plans().len(), lines, "every row parses");
        assert!(plans().len() > 200);
        let (de, n) = plan_for(&[4, 9, 3, 0]).unwrap();
        assert_eq!((de.code, n, de.trunk), (49, 2, Some("0")));
        let (us, n) = plan_for(&[1, 4, 1, 5]).unwrap();
        assert_eq!((us.code, n), (1, 1));
        assert!(us.allows(10) && !us.allows(9));
        let (ru, _) = plan_for(&[7, 9]).unwrap();
        assert_eq!(ru.trunk, Some("8"));
        assert!(plan_for(&[2, 1, 4]).is_none(), "+214 is not assigned");
        assert_eq!(
            plan_for(&[8, 8, 0, 1]).map(|(p, n)| (p.code, n)),
            Some((880, 3))
        );
    }
}
