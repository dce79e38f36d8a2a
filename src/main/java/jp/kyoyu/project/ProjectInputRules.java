package jp.kyoyu.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/** Cleans up entered basic info and lists everything wrong with it, in Japanese, per item. */
final class ProjectInputRules {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern ALPHANUMERICS = Pattern.compile("[A-Za-z0-9]+");

	/** JIS X 0401/0402: 都道府県 2 + 市区町村 3 digits, with or without the check digit: 5 or 6 digits. */
	private static final Pattern ADDRESS_CODE = Pattern.compile("[0-9]{5,6}");

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
				text(in.contractorName()), code(in.contractorCode()), code(in.registrationNumber()),
				code(in.addressCode()), ProjectLines.normalizePairs(in.workMethods()), ProjectLines.normalize(in.waterRoutes()));
	}

	/** Problems of a normalized input; {@code kind} is the project's kind (fixed after creation). */
	static List<FieldProblem> problems(ProjectInput in, ProjectKind kind) {
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(problem(ProjectField.KIND, Wording.of("project.input.kind-missing")));
		}
		if (in.fiscalYear() == null) {
			problems.add(problem(ProjectField.FISCAL_YEAR, Wording.of("project.input.fiscal-year-missing")));
		}
		else if (in.fiscalYear() < 2000 || in.fiscalYear() > 2100) {
			problems.add(problem(ProjectField.FISCAL_YEAR, Wording.of("project.input.fiscal-year-range")));
		}
		if (in.name() == null) {
			problems.add(problem(ProjectField.NAME, Wording.of("project.input.missing", ProjectField.NAME.label(kind))));
		}
		for (ProjectField field : ProjectField.values()) {
			if (field.valueOf(in) instanceof String value) {
				// The name is one line (lists, PDFs, folder names); the other texts may span lines.
				jp.kyoyu.shared.CleanText.checkLine(problems, field.property(), field.label(kind),
						field == ProjectField.NAME ? value : value.replaceAll("[\\t\\r\\n]", " "));
			}
			if (field.maxLength() > 0 && field.valueOf(in) instanceof String value
					&& value.length() > field.maxLength()) {
				problems.add(problem(field, Wording.of("project.input.too-long", field.label(kind),
						field.maxLength(), value.length())));
			}
		}
		if (kind == ProjectKind.SERVICE && in.workType() != null) {
			problems.add(problem(ProjectField.WORK_TYPE,
					Wording.of("project.input.work-type-for-works-only")));
		}
		periodProblems(in, kind, problems);
		coordinateProblems(in, problems);
		if (in.agencyCode() != null && !DIGITS.matcher(in.agencyCode()).matches()) {
			problems.add(problem(ProjectField.AGENCY_CODE, Wording.of("project.input.agency-code-digits")));
		}
		if (in.addressCode() != null && !ADDRESS_CODE.matcher(in.addressCode()).matches()) {
			problems.add(problem(ProjectField.ADDRESS_CODE, Wording.of("project.input.address-code")));
		}
		if (in.workMethods() != null) {
			ProjectLines.unpaired(in.workMethods()).ifPresent(line -> problems.add(problem(ProjectField.WORK_METHODS,
					Wording.of("project.input.work-method-pair", line))));
		}
		if (in.registrationNumber() != null && !ALPHANUMERICS.matcher(in.registrationNumber()).matches()) {
			problems.add(problem(ProjectField.REGISTRATION_NUMBER, Wording.of("project.input.alphanumeric",
					ProjectField.REGISTRATION_NUMBER.label(kind))));
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
					Wording.of("project.input.missing", ProjectField.PERIOD_START.label(kind))));
		}
		if (in.periodEnd() == null) {
			problems.add(problem(ProjectField.PERIOD_END,
					Wording.of("project.input.missing", ProjectField.PERIOD_END.label(kind))));
		}
		if (in.periodStart() != null && in.periodEnd() != null && in.periodEnd().isBefore(in.periodStart())) {
			problems.add(problem(ProjectField.PERIOD_END, Wording.of("project.input.period-end-before-start",
					ProjectField.PERIOD_END.label(kind), ProjectField.PERIOD_START.label(kind))));
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
				problems.add(problem(field, Wording.of("project.input.coordinate-missing", label)));
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
			problems.add(problem(ProjectField.EAST_LONGITUDE, Wording.of("project.input.east-west-swapped")));
		}
		if (latitude.seconds(in.northLatitude()) < latitude.seconds(in.southLatitude())) {
			problems.add(problem(ProjectField.NORTH_LATITUDE, Wording.of("project.input.north-south-swapped")));
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
