package jp.kyoyu.shared.web;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;

/** The body of every 4xx answer of the JSON API: {@code {"errors":[{"field","message"}]}}. */
public record ApiErrorBody(List<FieldProblem> errors) {

	public static ApiErrorBody of(String message) {
		return new ApiErrorBody(List.of(new FieldProblem(null, message)));
	}
}
