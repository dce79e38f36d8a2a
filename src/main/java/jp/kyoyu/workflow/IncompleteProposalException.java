package jp.kyoyu.workflow;

import java.util.List;

import jp.kyoyu.shared.FieldProblem;

/** The document does not pass its form's rules and cannot be submitted: answered with 422 and every problem. */
public class IncompleteProposalException extends RuntimeException {

	private final List<FieldProblem> problems;

	public IncompleteProposalException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
