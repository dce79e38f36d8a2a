package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Where the bytes of resumable uploads wait until the upload is finished (issue #18, docs/scaling.md): part files in
 * a directory ({@link UploadParts}, {@code kyoyu.storage.kind=filesystem}) or chunk objects in the bucket
 * ({@link BucketUploadParts}, {@code s3}). Either way a chunk is first received on its own, without a lock, and
 * made part of its upload by {@link #append} only under the upload row's lock, after the offset was checked again.
 */
interface UploadBytes {

	/** A chunk received in full (or up to where the connection broke off), not yet part of its upload. */
	record Chunk(String where, long length, boolean tooMuch) {
	}

	void create(String uploadId);

	/** The bytes the upload holds so far: the offset the next chunk must start at (-1 when unknown). */
	long length(String uploadId);

	/** Streams a chunk's body into a place of its own, at most {@code room} bytes; a broken-off body keeps what came. */
	Chunk receive(Upload upload, InputStream body, long room);

	/** Makes a received chunk the upload's bytes from {@code offset} on; the caller holds the upload's row lock. */
	void append(Upload upload, long offset, Chunk chunk);

	/** Drops a received chunk that did not become part of its upload. */
	void discard(Chunk chunk);

	/** All the upload's bytes, in order. */
	InputStream open(Upload upload) throws IOException;

	/** Deletes the upload's bytes; a failure is left to the hourly sweep. */
	void delete(String uploadId);

	/** Deletes the upload's bytes and fails when it cannot: a project's erasure must not leave them behind. */
	void erase(String uploadId);

	/**
	 * Deletes what no upload names any more (its row was never committed, or went without its bytes) once written
	 * before {@code before}; answers how many went.
	 */
	int deleteOrphans(Predicate<String> uploadExists, Instant before);
}
