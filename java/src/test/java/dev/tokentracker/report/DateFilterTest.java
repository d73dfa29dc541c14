package dev.tokentracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateFilterTest {

    @Test
    void bothEndsAreIncluded() {
        DateFilter filter = new DateFilter(100, 102);

        assertThat(filter.includes(99)).isFalse();
        assertThat(filter.includes(100)).isTrue();
        assertThat(filter.includes(101)).isTrue();
        assertThat(filter.includes(102)).isTrue();
        assertThat(filter.includes(103)).isFalse();
    }

    @Test
    void singleDay() {
        DateFilter filter = new DateFilter(-1, -1);

        assertThat(filter.includes(-1)).isTrue();
        assertThat(filter.includes(0)).isFalse();
        assertThat(filter.includes(-2)).isFalse();
    }

    @Test
    void emptyRangeLetsNothingThrough() {
        DateFilter filter = new DateFilter(10, 9);

        assertThat(filter.includes(9)).isFalse();
        assertThat(filter.includes(10)).isFalse();
    }

    @Test
    void allLetsEveryDayThrough() {
        assertThat(DateFilter.ALL.isAll()).isTrue();
        assertThat(DateFilter.ALL.includes(Long.MIN_VALUE)).isTrue();
        assertThat(DateFilter.ALL.includes(Long.MAX_VALUE)).isTrue();
        assertThat(new DateFilter(Long.MIN_VALUE, 0).isAll()).isFalse();
        assertThat(new DateFilter(0, Long.MAX_VALUE).isAll()).isFalse();
    }
}
