package jp.kyoyu.erasure;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;

/** A request the erasure rules refuse (wrong confirmation, no reason, a date before the contract end): 422. */
public class ErasureRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	public ErasureRefused(String field, String message) {
		super(message);
		this.problems = List.of(new FieldProblem(field, message));
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
