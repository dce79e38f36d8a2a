package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one file-size style of issue #22: a space before the unit, decimal units, one decimal below 10. */
class FileSizesTests {

	@Test
	void smallSizesAreCountedInBytesInJapanese() {
		assertThat(FileSizes.japanese(0)).isEqualTo("0 バイト");
		assertThat(FileSizes.japanese(12)).isEqualTo("12 バイト");
		assertThat(FileSizes.japanese(999)).isEqualTo("999 バイト");
		// outside a request the shown language is Japanese too
		assertThat(FileSizes.of(12)).isEqualTo("12 バイト");
		assertThat(new FileSizes().label(12)).isEqualTo("12 バイト");
	}

	@Test
	void largerSizesGetOneDecimalBelowTenAndNoneAbove() {
		assertThat(FileSizes.japanese(1000)).isEqualTo("1.0 KB");
		assertThat(FileSizes.japanese(1_234)).isEqualTo("1.2 KB");
		assertThat(FileSizes.japanese(532_000)).isEqualTo("532 KB");
		assertThat(FileSizes.japanese(1_200_000)).isEqualTo("1.2 MB");
		assertThat(FileSizes.japanese(9_960_000)).isEqualTo("10 MB");
		assertThat(FileSizes.japanese(4_700_000_000L)).isEqualTo("4.7 GB");
		assertThat(FileSizes.japanese(3_000_000_000_000L)).isEqualTo("3.0 TB");
	}

	@Test
	void aSizeJustBelowTheNextUnitIsWrittenInTheNextUnitRatherThanAsOneThousand() {
		assertThat(FileSizes.japanese(999_600)).isEqualTo("1.0 MB");
		assertThat(FileSizes.japanese(999_400)).isEqualTo("999 KB");
	}
}
