package jp.kyoyu.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyoyu.shared.FieldProblem;

/** Field problems grouped by field for the templates ({@code errors['name']}); {@code ''} holds form-wide ones. */
public final class FormErrors {

	private FormErrors() {
	}

	public static Map<String, List<String>> byField(List<FieldProblem> problems) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			byField.computeIfAbsent(problem.field() == null ? "" : problem.field(), f -> new java.util.ArrayList<>())
				.add(problem.message());
		}
		return byField;
	}

	/**
	 * The problems with {@code from} said of the form's {@code to} instead: the store names a refused upload
	 * {@code file}, a form's file input may have another name ({@code files}).
	 */
	public static List<FieldProblem> renamed(List<FieldProblem> problems, String from, String to) {
		return problems.stream()
			.map(problem -> from.equals(problem.field()) ? new FieldProblem(to, problem.message()) : problem)
			.toList();
	}
}
