package causal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertThat(Wording.number(0.0300)).isEqualTo("0.03");
        assertThat(Wording.number(2.0)).isEqualTo("2");
        assertThat(Wording.number(-0.07522027)).isEqualTo("-0.0752");
        assertThat(Wording.number(1548.2438)).isEqualTo("1548");
        assertThat(Wording.number(13.878)).isEqualTo("13.9");
    }

    @Test
    void sharesAndPValuesReadAsPrinted() {
        assertThat(Wording.percent(0.1387764)).isEqualTo("13.9%");
        assertThat(Wording.percent(0.8)).isEqualTo("80%");
        assertThat(Wording.pValue(0.7104)).isEqualTo("p = 0.71");
        assertThat(Wording.pValue(0.0034)).isEqualTo("p = 0.003");
        assertThat(Wording.pValue(1.0)).isEqualTo("p = 1");
        assertThat(Wording.pValue(0.0004)).isEqualTo("p < 0.001");
    }
}
