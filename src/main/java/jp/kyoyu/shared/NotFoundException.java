package jp.kyoyu.shared;

/**
 * Thrown when something does not exist <em>for the caller</em>: another project's data answers exactly as a
 * missing one does, so its existence does not leak.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
