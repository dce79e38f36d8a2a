package jp.kyoyu.project;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Boundary coordinates as the electronic deliverable writes them: degrees, minutes and seconds run together
 * as digits, DDDMMSS for a longitude and DDMMSS for a latitude (e.g. 1365530 = 136°55'30").
 */
enum CoordinateFormat {

	LONGITUDE(3, 180, "1365530", "136度55分30秒"),
	LATITUDE(2, 90, "350830", "35度08分30秒");

	private final int degreeDigits;

	private final int maxDegrees;

	private final String example;

	private final String exampleMeaning;

	private final Pattern digits;

	CoordinateFormat(int degreeDigits, int maxDegrees, String example, String exampleMeaning) {
		this.degreeDigits = degreeDigits;
		this.maxDegrees = maxDegrees;
		this.example = example;
		this.exampleMeaning = exampleMeaning;
		this.digits = Pattern.compile("[0-9]{" + (degreeDigits + 4) + "}");
	}

	/** What is wrong with {@code value}, as a Japanese message naming the item; empty when it is valid. */
	Optional<String> problem(String label, String value) {
		String hint = "（例: " + example + " = " + exampleMeaning + "）";
		if (value == null || !digits.matcher(value).matches()) {
			return Optional.of(label + "は半角数字" + (degreeDigits + 4) + "桁（度" + degreeDigits
					+ "桁・分2桁・秒2桁）で入力してください" + hint + "。");
		}
		int degrees = Integer.parseInt(value.substring(0, degreeDigits));
		int minutes = Integer.parseInt(value.substring(degreeDigits, degreeDigits + 2));
		int seconds = Integer.parseInt(value.substring(degreeDigits + 2));
		if (minutes > 59 || seconds > 59) {
			return Optional.of(label + "の分・秒は00〜59で入力してください" + hint + "。");
		}
		if (degrees > maxDegrees || (degrees == maxDegrees && (minutes > 0 || seconds > 0))) {
			return Optional.of(label + "は" + maxDegrees + "度以下で入力してください" + hint + "。");
		}
		return Optional.empty();
	}

	boolean isValid(String value) {
		return problem("", value).isEmpty();
	}

	/** The position in seconds of arc, to compare west with east and south with north. */
	int seconds(String validValue) {
		int degrees = Integer.parseInt(validValue.substring(0, degreeDigits));
		int minutes = Integer.parseInt(validValue.substring(degreeDigits, degreeDigits + 2));
		int seconds = Integer.parseInt(validValue.substring(degreeDigits + 2));
		return (degrees * 60 + minutes) * 60 + seconds;
	}
}
