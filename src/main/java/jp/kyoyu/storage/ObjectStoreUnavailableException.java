package jp.kyoyu.storage;

import java.io.IOException;

/**
 * The object store did not answer or refused the request (S3 endpoint down, timed out, credentials or bucket
 * wrong). Distinct from a missing object ({@link java.nio.file.NoSuchFileException}): {@link FileStore} turns it
 * into a Japanese 503 (try again later), not a 404, and the health check into DOWN.
 */
class ObjectStoreUnavailableException extends IOException {

	ObjectStoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
