package jp.kyoyu.shared;

/** Thrown when the caller may see something but not do this to it; answered with 403 and the message. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
