package jp.kyoyu.shared;

/**
 * Something the request needs is down for now (the S3 file store does not answer); answered with 503 and the
 * (Japanese) message, so the user knows to try again later instead of seeing an unexpected error.
 */
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
