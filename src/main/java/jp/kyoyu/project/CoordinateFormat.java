package jp.kyoyu.project;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.kyoyu.shared.Wording;

/**
 * Boundary coordinates as the electronic deliverable writes them: degrees, minutes and seconds run together
 * as digits, DDDMMSS for a longitude and DDMMSS for a latitude (e.g. 1365530 = 136°55'30").
 */
enum CoordinateFormat {

	LONGITUDE(3, 180, "1365530"),
	LATITUDE(2, 90, "350830");

	private final int degreeDigits;

	private final int maxDegrees;

	private final String example;

	private final Pattern digits;

	CoordinateFormat(int degreeDigits, int maxDegrees, String example) {
		this.degreeDigits = degreeDigits;
		this.maxDegrees = maxDegrees;
		this.example = example;
		this.digits = Pattern.compile("[0-9]{" + (degreeDigits + 4) + "}");
	}

	/** What is wrong with {@code value}, as a Japanese message naming the item; empty when it is valid. */
	Optional<String> problem(String label, String value) {
		String hint = Wording.of("project.coordinate.hint", example, Wording.of("project.coordinate.example." + name()));
		if (value == null || !digits.matcher(value).matches()) {
			return Optional.of(Wording.of("project.coordinate.digits", label, degreeDigits + 4, degreeDigits, hint));
		}
		int degrees = Integer.parseInt(value.substring(0, degreeDigits));
		int minutes = Integer.parseInt(value.substring(degreeDigits, degreeDigits + 2));
		int seconds = Integer.parseInt(value.substring(degreeDigits + 2));
		if (minutes > 59 || seconds > 59) {
			return Optional.of(Wording.of("project.coordinate.minutes", label, hint));
		}
		if (degrees > maxDegrees || (degrees == maxDegrees && (minutes > 0 || seconds > 0))) {
			return Optional.of(Wording.of("project.coordinate.max-degrees", label, maxDegrees, hint));
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
