package jp.kyoyu.shared.web;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;

/**
 * What a module answers when it refuses an API call: the field list, with the status on its ResponseEntity.
 * {@link ProblemDetailAdvice} turns it into the RFC 9457 problem the client receives ({@link ApiProblems}).
 */
public record ApiErrorBody(List<FieldProblem> errors) {

	public static ApiErrorBody of(String message) {
		return new ApiErrorBody(List.of(new FieldProblem(null, message)));
	}
}
