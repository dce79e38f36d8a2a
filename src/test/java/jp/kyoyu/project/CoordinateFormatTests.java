package jp.kyoyu.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Boundary coordinates in the deliverable's DDDMMSS / DDMMSS digit form. */
class CoordinateFormatTests {

	@Test
	void acceptsLongitudesAndLatitudesWithValidMinutesAndSeconds() {
		assertThat(CoordinateFormat.LONGITUDE.isValid("1365530")).isTrue();
		assertThat(CoordinateFormat.LONGITUDE.isValid("0000000")).isTrue();
		assertThat(CoordinateFormat.LONGITUDE.isValid("1800000")).isTrue();
		assertThat(CoordinateFormat.LATITUDE.isValid("350830")).isTrue();
		assertThat(CoordinateFormat.LATITUDE.isValid("900000")).isTrue();
	}

	@Test
	void refusesWrongLengthOrNonDigits() {
		assertThat(CoordinateFormat.LONGITUDE.isValid("136553")).isFalse();
		assertThat(CoordinateFormat.LONGITUDE.isValid("13655300")).isFalse();
		assertThat(CoordinateFormat.LONGITUDE.isValid("136553a")).isFalse();
		assertThat(CoordinateFormat.LONGITUDE.isValid("136°55'")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("1365530")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("-35083")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid(null)).isFalse();
	}

	@Test
	void refusesMinutesOrSecondsOfSixtyAndMore() {
		assertThat(CoordinateFormat.LONGITUDE.isValid("1366030")).isFalse();
		assertThat(CoordinateFormat.LONGITUDE.isValid("1365560")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("359900")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("350859")).isTrue();
	}

	@Test
	void refusesDegreesBeyondTheGlobe() {
		assertThat(CoordinateFormat.LONGITUDE.isValid("1810000")).isFalse();
		assertThat(CoordinateFormat.LONGITUDE.isValid("1800001")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("910000")).isFalse();
		assertThat(CoordinateFormat.LATITUDE.isValid("900100")).isFalse();
	}

	@Test
	void messagesNameTheItemAndShowAnExample() {
		assertThat(CoordinateFormat.LONGITUDE.problem("西側境界座標経度", "13655"))
			.hasValueSatisfying(message -> assertThat(message).startsWith("西側境界座標経度は半角数字7桁").contains("1365530"));
		assertThat(CoordinateFormat.LATITUDE.problem("北側境界座標緯度", "356100"))
			.hasValueSatisfying(message -> assertThat(message).contains("分・秒は00〜59"));
	}

	@Test
	void comparesPositionsInSecondsOfArc() {
		assertThat(CoordinateFormat.LONGITUDE.seconds("1365530")).isEqualTo((136 * 60 + 55) * 60 + 30);
		assertThat(CoordinateFormat.LATITUDE.seconds("350830")).isGreaterThan(CoordinateFormat.LATITUDE.seconds("350759"));
	}
}
