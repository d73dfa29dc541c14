//! The inclusive range of local calendar days a report covers (mirrors Java
//! `report.DateFilter`, SPEC §4), as epoch days in the report time zone.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFilter {
    pub first_day: i64,
    pub last_day: i64,
}

impl DateFilter {
    /// Lets every day through.
    pub const ALL: DateFilter = DateFilter {
        first_day: i64::MIN,
        last_day: i64::MAX,
    };

    pub fn includes(&self, epoch_day: i64) -> bool {
        epoch_day >= self.first_day && epoch_day <= self.last_day
    }

    pub fn is_all(&self) -> bool {
        *self == DateFilter::ALL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ends_are_inclusive() {
        let march = DateFilter {
            first_day: 20_148,
            last_day: 20_178,
        };
        assert!(!march.includes(20_147));
        assert!(march.includes(20_148));
        assert!(march.includes(20_178));
        assert!(!march.includes(20_179));
        assert!(!march.is_all());
    }

    #[test]
    fn all_lets_the_extremes_through_and_an_inverted_range_nothing() {
        assert!(DateFilter::ALL.is_all());
        assert!(DateFilter::ALL.includes(i64::MIN) && DateFilter::ALL.includes(i64::MAX));
        let inverted = DateFilter {
            first_day: 5,
            last_day: 4,
        };
        assert!(!inverted.includes(4) && !inverted.includes(5));
    }
}
