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
}
