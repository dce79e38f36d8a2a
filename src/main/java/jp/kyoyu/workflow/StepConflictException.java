package jp.kyoyu.workflow;

/** The step was already done (by someone else or a double click) or the proposal moved on: answered with 409. */
public class StepConflictException extends RuntimeException {

	public StepConflictException(String message) {
		super(message);
	}
}
