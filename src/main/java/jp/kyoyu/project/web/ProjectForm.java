package jp.kyoyu.project.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectInput;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * The project form exactly as typed: every value stays a string, so a wrong date or year is shown back to
 * the user as entered, next to its message, instead of being lost in conversion.
 */
final class ProjectForm {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Map<String, String> values;

	private ProjectForm(Map<String, String> values) {
		this.values = values;
	}

	static ProjectForm of(Map<String, String> submitted) {
		return new ProjectForm(new HashMap<>(submitted));
	}

	static ProjectForm blank(ProjectKind kind, int fiscalYear) {
		Map<String, String> values = new HashMap<>();
		values.put("kind", kind.name());
		values.put("fiscalYear", Integer.toString(fiscalYear));
		values.put("creatorRole", ProjectRole.defaultCreatorRole().name());
		return new ProjectForm(values);
	}

	static ProjectForm of(ProjectDetails project) {
		ProjectInput in = project.toInput();
		Map<String, String> values = new HashMap<>();
		for (var component : ProjectInput.class.getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(in);
				values.put(component.getName(), value == null ? "" : value.toString());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		values.put("version", Long.toString(project.version()));
		return new ProjectForm(values);
	}

	/** For the template: {@code form.get('name')}. */
	/** The version the form was opened with (issue #15); null from a form without one. */
	Long version() {
		try {
			return get("version").isBlank() ? null : Long.valueOf(get("version").strip());
		}
		catch (NumberFormatException e) {
			return -1L; // names no version of ours, so the change is refused as stale
		}
	}

	public String get(String name) {
		return values.getOrDefault(name, "");
	}

	/** The kind chosen on the form, or {@literal null} when none (or an unknown one) is. */
	ProjectKind kind() {
		return enumOrNull(ProjectKind.class, get("kind"));
	}

	ProjectRole creatorRole() {
		return enumOrNull(ProjectRole.class, get("creatorRole"));
	}

	/** Work type belongs to works only; a value left in the hidden field of a service form is dropped. */
	void forKind(ProjectKind kind) {
		if (kind == ProjectKind.SERVICE) {
			values.put("workType", "");
		}
	}

	/** The input, with {@literal null} where a value could not be read; {@code problems} says which. */
	ProjectInput toInput(ProjectKind kind, List<FieldProblem> problems) {
		Integer fiscalYear = null;
		String year = normalized("fiscalYear");
		if (!year.isEmpty()) {
			try {
				fiscalYear = Integer.valueOf(year);
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("fiscalYear", Wording.of("project.form.fiscal-year-digits")));
			}
		}
		boolean service = kind == ProjectKind.SERVICE;
		LocalDate start = date("periodStart", Wording.of("project.field.periodStart." + (service ? "SERVICE" : "WORKS")), problems);
		LocalDate end = date("periodEnd", Wording.of("project.field.periodEnd." + (service ? "SERVICE" : "WORKS")), problems);
		return new ProjectInput(kind, fiscalYear, get("projectNumber"), get("name"), get("projectField"),
				get("workType"), start, end, get("content"), get("address"), get("westLongitude"),
				get("eastLongitude"), get("northLatitude"), get("southLatitude"), get("agencyCategoryMajor"),
				get("agencyCategoryMiddle"), get("agencyCategoryMinor"), get("agencyOfficeName"), get("agencyCode"),
				get("contractorName"), get("contractorCode"), get("registrationNumber"), get("addressCode"),
				get("workMethods"), get("waterRoutes"));
	}

	/** Messages per field, joined, for display next to each input. */
	static Map<String, String> byField(List<FieldProblem> problems) {
		Map<String, String> messages = new HashMap<>();
		problems.forEach(problem -> messages.merge(String.valueOf(problem.field()), problem.message(),
				(a, b) -> a.contains(b) ? a : a + " " + b));
		return messages;
	}

	/** Conversion problems first; a rule's complaint about the same field (e.g. "required") adds nothing. */
	static List<FieldProblem> merge(List<FieldProblem> conversion, List<FieldProblem> rules) {
		List<FieldProblem> all = new ArrayList<>(conversion);
		rules.stream()
			.filter(rule -> conversion.stream().noneMatch(c -> Objects.equals(c.field(), rule.field())))
			.forEach(all::add);
		return all;
	}

	private LocalDate date(String field, String label, List<FieldProblem> problems) {
		String text = normalized(field).replace('/', '-').replace('.', '-');
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, Wording.of("project.form.date-invalid", label)));
			return null;
		}
	}

	private String normalized(String field) {
		return Normalizer.normalize(get(field), Normalizer.Form.NFKC).strip();
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}
}
