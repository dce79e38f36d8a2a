package jp.kyoyu.shared;

/** Thrown when the caller may see something but not do this to it; answered with 403 and the message. */
public class ForbiddenException extends RuntimeException {

	/**
	 * Request attribute with the message of a refusal made before any controller ran (a function right checked by
	 * the security filter); the error page shows it instead of the general 403 text.
	 */
	public static final String REFUSAL_MESSAGE = "jp.kyoyu.refusal";

	public ForbiddenException(String message) {
		super(message);
	}
}
