package jp.kyoyu.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.kyoyu.shared.FieldProblem;

/** Cleans up entered basic info and lists everything wrong with it, in Japanese, per item. */
final class ProjectInputRules {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern ALPHANUMERICS = Pattern.compile("[A-Za-z0-9]+");

	private static final List<ProjectField> COORDINATES = List.of(ProjectField.WEST_LONGITUDE,
			ProjectField.EAST_LONGITUDE, ProjectField.NORTH_LATITUDE, ProjectField.SOUTH_LATITUDE);

	private ProjectInputRules() {
	}

	/**
	 * Strips surrounding spaces (full-width ones too), turns blanks into "not given", and turns full-width
	 * digits and letters of code items into half-width ones: they are often typed with a Japanese IME on.
	 */
	static ProjectInput normalize(ProjectInput in) {
		return new ProjectInput(in.kind(), in.fiscalYear(), text(in.projectNumber()), text(in.name()),
				text(in.projectField()), text(in.workType()), in.periodStart(), in.periodEnd(), text(in.content()),
				text(in.address()), code(in.westLongitude()), code(in.eastLongitude()), code(in.northLatitude()),
				code(in.southLatitude()), text(in.agencyCategoryMajor()), text(in.agencyCategoryMiddle()),
				text(in.agencyCategoryMinor()), text(in.agencyOfficeName()), code(in.agencyCode()),
				text(in.contractorName()), code(in.contractorCode()), code(in.registrationNumber()));
	}

	/** Problems of a normalized input; {@code kind} is the project's kind (fixed after creation). */
	static List<FieldProblem> problems(ProjectInput in, ProjectKind kind) {
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(problem(ProjectField.KIND, "種別（工事または業務）を選んでください。"));
		}
		if (in.fiscalYear() == null) {
			problems.add(problem(ProjectField.FISCAL_YEAR, "発注年度を西暦で入力してください（例: 2026）。"));
		}
		else if (in.fiscalYear() < 2000 || in.fiscalYear() > 2100) {
			problems.add(problem(ProjectField.FISCAL_YEAR, "発注年度は2000〜2100の西暦で入力してください。"));
		}
		if (in.name() == null) {
			problems.add(problem(ProjectField.NAME, ProjectField.NAME.label(kind) + "を入力してください。"));
		}
		for (ProjectField field : ProjectField.values()) {
			if (field.valueOf(in) instanceof String value) {
				// The name is one line (lists, PDFs, folder names); the other texts may span lines.
				jp.kyoyu.shared.CleanText.checkLine(problems, field.property(), field.label(kind),
						field == ProjectField.NAME ? value : value.replaceAll("[\\t\\r\\n]", " "));
			}
			if (field.maxLength() > 0 && field.valueOf(in) instanceof String value
					&& value.length() > field.maxLength()) {
				problems.add(problem(field, field.label(kind) + "は" + field.maxLength()
						+ "文字以内で入力してください（現在" + value.length() + "文字）。"));
			}
		}
		if (kind == ProjectKind.SERVICE && in.workType() != null) {
			problems.add(problem(ProjectField.WORK_TYPE,
					"工事業種は工事の場合だけ入力します。業務では空欄にしてください。"));
		}
		periodProblems(in, kind, problems);
		coordinateProblems(in, problems);
		if (in.agencyCode() != null && !DIGITS.matcher(in.agencyCode()).matches()) {
			problems.add(problem(ProjectField.AGENCY_CODE, "発注者コードは半角数字で入力してください。"));
		}
		if (in.registrationNumber() != null && !ALPHANUMERICS.matcher(in.registrationNumber()).matches()) {
			problems.add(problem(ProjectField.REGISTRATION_NUMBER, ProjectField.REGISTRATION_NUMBER.label(kind)
					+ "は半角英数字で入力してください（記号や空白は使えません）。"));
		}
		return problems;
	}

	/** The labels of the items whose value differs, for the change log. */
	static List<String> changedItems(ProjectInput before, ProjectInput after, ProjectKind kind) {
		return Stream.of(ProjectField.values())
			.filter(field -> field != ProjectField.KIND)
			.filter(field -> !Objects.equals(field.valueOf(before), field.valueOf(after)))
			.map(field -> field.label(kind))
			.toList();
	}

	private static void periodProblems(ProjectInput in, ProjectKind kind, List<FieldProblem> problems) {
		if (in.periodStart() == null) {
			problems.add(problem(ProjectField.PERIOD_START,
					ProjectField.PERIOD_START.label(kind) + "を入力してください。"));
		}
		if (in.periodEnd() == null) {
			problems.add(problem(ProjectField.PERIOD_END,
					ProjectField.PERIOD_END.label(kind) + "を入力してください。"));
		}
		if (in.periodStart() != null && in.periodEnd() != null && in.periodEnd().isBefore(in.periodStart())) {
			problems.add(problem(ProjectField.PERIOD_END, ProjectField.PERIOD_END.label(kind) + "は"
					+ ProjectField.PERIOD_START.label(kind) + "と同じ日かそれより後の日付にしてください。"));
		}
	}

	private static void coordinateProblems(ProjectInput in, List<FieldProblem> problems) {
		long given = COORDINATES.stream().filter(field -> field.valueOf(in) != null).count();
		if (given == 0) {
			return;
		}
		boolean allValid = true;
		for (ProjectField field : COORDINATES) {
			String value = (String) field.valueOf(in);
			String label = field.label(null);
			if (value == null) {
				problems.add(problem(field, label + "を入力してください。"
						+ "境界座標は西側・東側・北側・南側の4つをすべて入力するか、すべて空欄にしてください。"));
				allValid = false;
			}
			else {
				var problem = formatOf(field).problem(label, value);
				problem.ifPresent(message -> problems.add(problem(field, message)));
				allValid &= problem.isEmpty();
			}
		}
		if (!allValid) {
			return;
		}
		CoordinateFormat longitude = CoordinateFormat.LONGITUDE;
		CoordinateFormat latitude = CoordinateFormat.LATITUDE;
		if (longitude.seconds(in.eastLongitude()) < longitude.seconds(in.westLongitude())) {
			problems.add(problem(ProjectField.EAST_LONGITUDE, "東側境界座標経度は西側境界座標経度以上の値にしてください"
					+ "（東西が逆になっていないか確認してください）。"));
		}
		if (latitude.seconds(in.northLatitude()) < latitude.seconds(in.southLatitude())) {
			problems.add(problem(ProjectField.NORTH_LATITUDE, "北側境界座標緯度は南側境界座標緯度以上の値にしてください"
					+ "（南北が逆になっていないか確認してください）。"));
		}
	}

	private static CoordinateFormat formatOf(ProjectField field) {
		boolean longitude = field == ProjectField.WEST_LONGITUDE || field == ProjectField.EAST_LONGITUDE;
		return longitude ? CoordinateFormat.LONGITUDE : CoordinateFormat.LATITUDE;
	}

	private static FieldProblem problem(ProjectField field, String message) {
		return new FieldProblem(field.property(), message);
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String code(String value) {
		String text = text(value);
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
	}
}
