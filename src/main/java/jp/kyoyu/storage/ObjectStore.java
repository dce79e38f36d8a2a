package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where complete objects live, named by {@link ObjectRef} ({@code kyoyu.storage.kind}): the file system
 * ({@link ObjectFiles}, a local disk or a shared mount) or an S3-compatible bucket ({@link S3Objects}). Everything
 * above this interface (hashing, encryption, rows, the cleanup's rules) is the same for both. An upload arrives
 * into the store's own {@link Arriving} (a local temp file, or an object below {@code work/incoming/} of the bucket:
 * issue #21, no local copy with {@code kind=s3}) and becomes its object once its hash is known.
 * <p>
 * Every implementation keeps the guarantees of docs/modules/storage.md: an object is visible complete or not at
 * all, and {@link #retire} parks an object before it asks whether a row still names it.
 */
interface ObjectStore {

	/** {@code filesystem} or {@code s3}, as configured; shown by the health check. */
	String kind();

	/**
	 * Makes a complete, fsynced local file the object and removes the file. When the object is already there
	 * (same project and hash, so the same bytes) the file is simply dropped.
	 */
	void publish(Path complete, ObjectRef object) throws IOException;

	/**
	 * A new place for an upload's ciphertext while its name is unknown: objects are named by the plaintext's hash,
	 * which is known only at the end of the stream. The caller closes it in every case.
	 */
	Arriving arrive() throws IOException;

	/**
	 * Removes arrivals left behind by a node that died half-way (a multipart upload never completed, an incoming
	 * object never published) untouched since {@code before}; returns how many went. The file system's arrivals are
	 * its temp files, which {@link ObjectFiles#deleteTempFilesUntouchedSince} sweeps: 0 there.
	 */
	int deleteArrivalsStartedBefore(java.time.Instant before) throws IOException;

	/**
	 * Streams {@code content} into the object, {@code length} bytes or, when {@code length} is -1, up to its end;
	 * the heap use does not depend on the length. The object appears only once all of it is stored.
	 */
	void put(ObjectRef object, InputStream content, long length) throws IOException;

	boolean exists(ObjectRef object) throws IOException;

	/** @throws java.nio.file.NoSuchFileException when the object is missing */
	long size(ObjectRef object) throws IOException;

	/**
	 * Reads the object on demand; moving the position makes the next read start there (a Range read on S3), so
	 * Tink's seekable decryption and Range downloads fetch only what they send.
	 *
	 * @throws java.nio.file.NoSuchFileException when the object is missing
	 */
	SeekableByteChannel open(ObjectRef object) throws IOException;

	/**
	 * Removes an object unless {@code stillReferenced} says otherwise <em>after</em> the object has been moved
	 * out of the live objects. Uploads insert their row before they publish, so either the check sees that row and
	 * the object is put back, or the upload publishes its own copy afterwards: a referenced object never vanishes.
	 *
	 * @return true when the object was deleted
	 */
	boolean retire(ObjectRef object, Predicate<ObjectRef> stillReferenced) throws IOException;

	/** Finishes what an interrupted {@link #retire} left parked; returns the number of objects deleted. */
	int settleTrash(Predicate<ObjectRef> stillReferenced) throws IOException;

	/** Every object, encrypted and plaintext, for the cleanup's sweep. */
	List<ObjectRef> objectRefs() throws IOException;

	/** Deletes every object of the project, parked ones too; returns the number of objects deleted. */
	int deleteProject(long projectId) throws IOException;

	/** Fails when the store cannot take or give objects now (the readiness check). */
	void probe() throws IOException;

	// Work objects (issue #18): resumable upload chunks and export results, named by their owner below "work/"
	// (WorkObjects checks the names). Not content-addressed, not de-duplicated, not parked: their owners' rows
	// say when they go.

	/**
	 * Streams what {@code content} writes into the work object {@code name} (heap use independent of the length);
	 * it appears only once {@code content} returned, and not at all when it threw.
	 */
	void putWork(String name, Writing content) throws IOException;

	/** @throws java.nio.file.NoSuchFileException when the work object is missing */
	SeekableByteChannel openWork(String name) throws IOException;

	/** @throws java.nio.file.NoSuchFileException when the work object is missing */
	long workSize(String name) throws IOException;

	/** Deleting a missing work object does nothing. */
	void deleteWork(String name) throws IOException;

	/** The work objects whose names start with {@code prefix}, with the moment each was written. */
	List<WorkObjects.Entry> listWork(String prefix) throws IOException;

	/**
	 * An upload's ciphertext on its way in (issue #21): written once through {@link #output()}, made durable by
	 * {@link #finish()}, read back only for an inspection, then {@link #publish published} under its hash. Invisible
	 * as an object until then; {@link #close()} removes whatever is left of it (also after a failure or a refusal).
	 */
	interface Arriving extends AutoCloseable {

		/** Where the ciphertext goes; closing this stream (Tink's encrypting stream does) finishes nothing. */
		java.io.OutputStream output();

		/** Everything is written: makes it durable (fsync) or complete (the multipart upload), and readable. */
		void finish() throws IOException;

		/** What was written, read back after {@link #finish()} (for an {@link UploadInspection}). */
		SeekableByteChannel open() throws IOException;

		/**
		 * Makes it the object, visible complete or not at all, or drops it when the object is there already (same
		 * project and hash, so the same bytes). Call it only after the row naming the object is committed.
		 */
		void publish(ObjectRef object) throws IOException;

		/** Removes what is left (a temp file, an aborted multipart upload, an incoming object); never throws. */
		@Override
		void close();
	}

	/** Writes an object's bytes into the stream it is given; the store decides where they go. */
	@FunctionalInterface
	interface Writing {
		void writeTo(java.io.OutputStream out) throws IOException;
	}
}
