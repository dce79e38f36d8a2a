package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.FileTooLargeException;
import jp.kyoyu.storage.StoredFile;

/**
 * Resumable uploads of large files (S5.8): create, append chunks at the offset the server reports, ask the
 * offset after a drop, finish into the storage module. Only the user who started an upload sees it. Nothing is
 * kept in this JVM (issue #18): the upload is a row, its bytes a part file (a directory all nodes share) or chunk
 * objects in the bucket ({@link UploadBytes}), and a chunk or the finish is made part of the upload under the row's
 * database lock, so the chunks of one upload may arrive at any nodes, even two at once.
 */
@Service
@Transactional
public class ResumableUploads {

	/** A key, resolved where it is thrown, in the language of whoever is answered (docs/wording.md). */
	static final String NOT_FOUND = "document.upload.not-found";

	static final Duration KEEP = Duration.ofDays(7);

	/**
	 * A part file is created in the transaction that inserts its row, so for a moment it has none; an hour is far
	 * past that moment.
	 */
	static final Duration ORPHAN_AGE = Duration.ofHours(1);

	private final UploadRepository uploads;

	private final UploadBytes parts;

	private final DocumentAccess access;

	private final FileStore files;

	private final Clock clock;

	private final DataSize limit;

	private final TransactionTemplate locked;

	private final ClusterOnce once;

	ResumableUploads(UploadRepository uploads, UploadBytes parts, DocumentAccess access, FileStore files, Clock clock,
			@Value("${kyoyu.storage.max-file-size:5GB}") DataSize limit, ClusterOnce once,
			PlatformTransactionManager transactions) {
		this.once = once;
		this.locked = new TransactionTemplate(transactions);
		this.uploads = uploads;
		this.parts = parts;
		this.access = access;
		this.files = files;
		this.clock = clock;
		this.limit = limit;
	}

	public UploadStatus create(long projectId, String name, Long size, String contentType, String userId) {
		access.project(projectId, userId);
		List<jp.kyoyu.shared.FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 255) {
			problems.add(new jp.kyoyu.shared.FieldProblem("name", Wording.of("document.upload.name-missing")));
		}
		else if (jp.kyoyu.shared.CleanText.fileNameProblem("name", name) != null) {
			problems.add(jp.kyoyu.shared.CleanText.fileNameProblem("name", name));
		}
		if (size == null || size < 0) {
			problems.add(new jp.kyoyu.shared.FieldProblem("size", Wording.of("document.upload.size-missing")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (size > limit.toBytes()) {
			throw new FileTooLargeException(limit);
		}
		String id = UUID.randomUUID().toString();
		parts.create(id);
		Upload upload = uploads.save(new Upload(id, projectId, userId, name.strip(),
				contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip(), size,
				clock.instant()));
		return status(upload);
	}

	@Transactional(readOnly = true)
	public UploadStatus status(String uploadId, String userId) {
		return status(own(uploadId, userId));
	}

	/**
	 * Appends a chunk that must start at the current offset (else 400 with the offset to resume from). A body that
	 * breaks off keeps what arrived. Not in a transaction while the body streams in (a chunk may take minutes): it is
	 * received into a file of its own, then appended under the upload's row lock after checking the offset again,
	 * so of two transfers from the same offset (a client's retry reaching another node while the first still runs)
	 * one counts and the other is told the new offset.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public UploadStatus append(String uploadId, long offset, InputStream body, String userId) {
		Upload upload = own(uploadId, userId);
		acceptsChunkAt(upload, offset); // refused before a byte of the body is read
		UploadBytes.Chunk chunk = parts.receive(upload, body, upload.totalSize() - offset);
		boolean kept = false;
		try {
			Upload appended = locked.execute(status -> {
				Upload current = uploads.findLockedById(uploadId)
					.orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
				acceptsChunkAt(current, offset);
				parts.append(current, offset, chunk);
				return current;
			});
			kept = true;
			if (chunk.tooMuch()) {
				throw new InvalidInputException("offset", Wording.of("document.upload.too-much", upload.totalSize()));
			}
			return status(appended);
		}
		finally {
			if (!kept) {
				parts.discard(chunk);
			}
		}
	}

	private void acceptsChunkAt(Upload upload, long offset) {
		if (upload.fileId() != null) {
			throw new InvalidInputException("offset", Wording.of("document.upload.finished"));
		}
		long current = parts.length(upload.id());
		if (offset != current) {
			throw new InvalidInputException("offset", Wording.of("document.upload.offset-mismatch", current));
		}
	}

	/**
	 * All bytes arrived: streams the part into the storage module (hashing it) and removes the part. The streaming
	 * holds no lock; should two nodes finish the same upload at once, the first to record its file under the row
	 * lock wins and the other releases the copy it stored.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public UploadStatus finish(String uploadId, String userId) {
		Upload upload = own(uploadId, userId);
		if (upload.fileId() != null) {
			return status(upload);
		}
		long arrived = parts.length(uploadId);
		if (arrived != upload.totalSize()) {
			throw new InvalidInputException("offset",
					Wording.of("document.upload.incomplete", arrived, upload.totalSize()));
		}
		StoredFile stored;
		try (InputStream in = parts.open(upload)) {
			stored = files.store(upload.projectId(), in, upload.name(), upload.contentType());
		}
		catch (IOException | UncheckedIOException e) {
			// Another node finished it meanwhile and removed the part: answer as that finish did.
			Upload other = uploads.findById(uploadId).filter(current -> current.fileId() != null).orElse(null);
			if (other != null) {
				return status(other);
			}
			throw e instanceof UncheckedIOException unchecked ? unchecked : new UncheckedIOException((IOException) e);
		}
		Upload finished = locked.execute(status -> {
			Upload current = uploads.findLockedById(uploadId).orElse(null);
			if (current == null || current.fileId() != null) {
				return current; // finished by another node meanwhile (or cancelled): ours is not needed
			}
			current.finished(stored.id(), clock.instant());
			return uploads.save(current);
		});
		if (finished == null || finished.fileId() != stored.id()) {
			files.release(stored.id());
			if (finished == null) {
				throw new NotFoundException(Wording.of(NOT_FOUND));
			}
			return status(finished);
		}
		parts.delete(uploadId);
		return status(finished);
	}

	public void cancel(String uploadId, String userId) {
		Upload upload = own(uploadId, userId);
		if (upload.fileId() != null) {
			files.release(upload.fileId());
		}
		uploads.delete(upload);
		parts.delete(uploadId);
	}

	/** The stored files of finished uploads of this user in this project, in the order given; 400 otherwise. */
	@Transactional(readOnly = true)
	List<StoredFile> finished(List<String> uploadIds, long projectId, String userId) {
		List<StoredFile> stored = new ArrayList<>();
		for (String id : uploadIds) {
			Upload upload = uploads.findById(id).filter(u -> u.userId().equals(userId) && u.projectId() == projectId)
				.orElseThrow(() -> new InvalidInputException("uploadIds", Wording.of(NOT_FOUND)));
			if (upload.fileId() == null) {
				throw new InvalidInputException("uploadIds", Wording.of("document.upload.not-finished", upload.name()));
			}
			stored.add(files.get(upload.fileId()));
		}
		return stored;
	}

	/** The uploads became files of a document: forget them (the document claimed their files). */
	void consume(List<String> uploadIds) {
		uploadIds.forEach(uploads::deleteById);
	}

	/**
	 * At start and hourly: uploads untouched for {@link #KEEP} go with their parts (finished ones' files expire in
	 * storage), and so do part files no upload names any more once untouched for {@link #ORPHAN_AGE}
	 * (docs/durability.md). A resumable upload is meant to survive a restart, so the start sweeps no more than that.
	 */
	@EventListener(ApplicationReadyEvent.class)
	/** Once per cluster (issue #18). */
	@Scheduled(cron = "${kyoyu.document.upload-cleanup-cron:0 41 * * * *}")
	void scheduledCleanUp() {
		once.run("document.upload-cleanup", Duration.ofMinutes(50), Duration.ofMinutes(1), this::cleanUp);
	}

	public void cleanUp() {
		for (Upload stale : uploads.findByUpdatedAtBefore(clock.instant().minus(KEEP))) {
			uploads.delete(stale);
			parts.delete(stale.id());
		}
		parts.deleteOrphans(uploads::existsById, clock.instant().minus(ORPHAN_AGE));
	}

	private Upload own(String uploadId, String userId) {
		return uploads.findById(uploadId == null ? "" : uploadId)
			.filter(upload -> upload.userId().equals(userId))
			.orElseThrow(() -> new NotFoundException(Wording.of(NOT_FOUND)));
	}

	private UploadStatus status(Upload upload) {
		boolean done = upload.fileId() != null;
		long offset = done ? upload.totalSize() : Math.max(parts.length(upload.id()), 0);
		String sha256 = done ? files.get(upload.fileId()).sha256() : null;
		return new UploadStatus(upload.id(), upload.projectId(), upload.name(), upload.totalSize(), offset, done, sha256);
	}
}
