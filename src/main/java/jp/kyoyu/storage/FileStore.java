package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import com.google.crypto.tink.StreamingAead;

import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.ServiceUnavailableException;

/**
 * File contents for every module (docs/modules/storage.md). Owners keep the id: they hand uploads to
 * {@link #storeThenLink}, which claims them in the transaction that links them, take a {@link #copy} when they
 * need a file of their own, and {@link #release} it when unlinking. Storage knows nothing of who may read a
 * file; the owner checks that before calling {@link #download}. Every file belongs to a project and is stored
 * encrypted with that project's key ({@link ProjectKeys}); {@link #destroyProjectKey} makes all of a project's
 * files unreadable for good, in every backup too.
 */
@Service
public class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private final StorageFileRepository rows;

	/** The local temp area: uploads arrive, are inspected and encrypted here, whatever the store's kind. */
	private final ObjectFiles files;

	/** Where complete objects live: {@link ObjectFiles} itself or an S3 bucket ({@code kyoyu.storage.kind}). */
	private final ObjectStore objects;

	/** REQUIRES_NEW: a stored file's row is committed before its bytes become an object (the cleanup relies on it). */
	private final TransactionTemplate ownTransaction;

	/** REQUIRED: the owner's rows and the claims commit together. */
	private final TransactionTemplate linking;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private DataSize maxFileSize;

	private final ObjectProvider<UploadInspection> inspections;

	private final ProjectKeys keys;

	FileStore(StorageFileRepository rows, ObjectFiles files, ObjectStore objects, ProjectKeys keys, StorageSettings settings,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, MessageSource messages,
			Clock clock, ObjectProvider<UploadInspection> inspections) {
		this.inspections = inspections;
		this.rows = rows;
		this.files = files;
		this.objects = objects;
		this.keys = keys;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.linking = new TransactionTemplate(transactions);
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.maxFileSize = settings.maxFileSize();
	}

	/**
	 * The one way an owner turns an upload into its records: {@link #storeThenLink(long, Iterable, List, Function)} for a
	 * single file.
	 */
	public <T> T storeThenLink(long projectId, IncomingFile upload, Function<StoredFile, T> link) {
		return storeThenLink(projectId, List.of(upload), List.of(), stored -> link.apply(stored.get(0)));
	}

	/**
	 * Streams every upload into the store first, then runs {@code link} (the owner's checks and rows) in one
	 * transaction that also claims every file, so an owner's row never exists without claimed content and no
	 * connection is held while gigabytes arrive (call it without a transaction of your own).
	 * <p>
	 * {@code uploads} may still be arriving (a streamed request's files, issue #21): each is taken from the iterator
	 * only after the one before it has been stored.
	 * <p>
	 * When a store is refused (too large, broken off, a G-2 {@link UploadInspection}) or linking fails, the files
	 * this call stored are discarded at once. {@code storedEarlier} (finished resumable uploads) are claimed
	 * with the rest but never discarded: the user uploaded them and may try again with them.
	 *
	 * @param projectId the project the files belong to: their key, and what erasing the project destroys
	 * @param link saves the owner's rows; gets the new files in upload order, then {@code storedEarlier}
	 */
	public <T> T storeThenLink(long projectId, Iterable<IncomingFile> uploads, List<StoredFile> storedEarlier,
			Function<List<StoredFile>, T> link) {
		// Inside a caller's transaction our claims hold their rows until the caller rolls back, so a discard
		// would wait for them: the cleanup removes those files after pending-ttl instead.
		boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		List<StoredFile> stored = storeAll(projectId, uploads);
		List<StoredFile> all = new ArrayList<>(stored);
		all.addAll(storedEarlier);
		try {
			return linking.execute(status -> {
				all.forEach(file -> claim(file.id()));
				return link.apply(List.copyOf(all));
			});
		}
		catch (RuntimeException | Error e) {
			if (!callersTransaction) {
				discard(stored, e);
			}
			throw e;
		}
	}

	/**
	 * A file of its own with the same bytes, name and type, PENDING until the new owner claims it, so either
	 * owner may release theirs without touching the other's. No byte is read or written: the new row names the
	 * same object. Like {@link #store}, the row is committed before the object is looked at, so the cleanup
	 * either sees the row and keeps the object, or the object was already gone and the copy is refused.
	 * Unlike a new upload it is not inspected again: its bytes were accepted when they arrived.
	 *
	 * @throws NotFoundException when the file or its bytes are gone
	 */
	public StoredFile copy(long fileId) {
		StorageFile copy = ownTransaction.execute(status -> {
			StorageFile original = rows.findById(fileId).orElseThrow(this::notFound);
			return recordStored(original.copy(clock.instant()));
		});
		if (!exists(copy.object())) {
			discard(List.of(copy.view()), null);
			throw notFound();
		}
		return copy.view();
	}

	/**
	 * A copy in another project: the bytes are decrypted and encrypted again with the target project's key, by
	 * streaming (nothing held in memory), so erasing either project leaves the other's copy readable. Within the
	 * same project this is {@link #copy(long)} and costs no byte.
	 *
	 * @throws NotFoundException when the file or its bytes are gone
	 */
	public StoredFile copy(long fileId, long targetProjectId) {
		StorageFile original = ownTransaction.execute(status -> rows.findById(fileId).orElseThrow(this::notFound));
		if (original.object().encrypted() && original.projectId() == targetProjectId) {
			return copy(fileId);
		}
		try (ObjectStore.Arriving sealed = objects.arrive()) {
			try (InputStream plaintext = resource(original).getInputStream()) {
				seal(targetProjectId, plaintext, sealed);
			}
			catch (NoSuchFileException e) {
				throw notFound();
			}
			return publishNew(original.copyTo(targetProjectId, clock.instant()), sealed);
		}
		catch (ObjectStoreUnavailableException e) {
			throw unavailable(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not copy file " + fileId + " to project " + targetProjectId, e);
		}
	}

	/**
	 * Takes {@code content} in one pass (docs/modules/storage.md, *One pass*): counted, hashed and encrypted with
	 * the project's key into what the store gives an arriving upload: one local temp file, fsynced, or with
	 * {@code kind=s3} a multipart upload below {@code work/incoming/} of the bucket (no local file at all). Only
	 * when an {@link UploadInspection} wants to look at the file is it decrypted into a plaintext temp file for it.
	 * Then a PENDING row is recorded (in its own transaction, committed before the bytes become an object, which the
	 * cleanup relies on) and the arrival becomes the object under its hash, known only now (a rename, or a
	 * server-side copy in the bucket); when the project already holds the same bytes the new one is dropped
	 * (de-duplication). Whatever arrived goes in every case (a refusal aborts the multipart upload). On any failure nothing stays behind:
	 * no row, no temp file. Owners use {@link #storeThenLink}; this is for files the system makes itself (a PDF, a
	 * comment as text).
	 *
	 * @throws jp.kyoyu.shared.InvalidInputException when the name holds a control or bidi character
	 * @throws FileTooLargeException past {@code kyoyu.storage.max-file-size}
	 * @throws UncheckedIOException when reading the upload or writing the disk fails
	 */
	public StoredFile store(long projectId, InputStream content, String originalName, String contentType) {
		// Every upload path ends here, so no file name with a control or bidi character is ever stored.
		jp.kyoyu.shared.CleanText.requireFileName("file", originalName);
		DataSize limit = maxFileSize;
		try {
			StreamingAead key = keys.forWriting(projectId);
			try (ObjectStore.Arriving sealed = objects.arrive()) {
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				long size = StreamingWrite.seal(content, key, ProjectKeys.associatedData(projectId), sealed, sha256, limit);
				inspect(projectId, key, sealed, size, originalName, contentType);
				String hash = HexFormat.of().formatHex(sha256.digest());
				return publishNew(new StorageFile(projectId, hash, size, FileNames.displayName(originalName),
						FileNames.contentType(contentType), clock.instant()), sealed);
			}
		}
		catch (ObjectStoreUnavailableException e) {
			throw unavailable(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store upload " + originalName, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Lets the {@link UploadInspection}s that want to see this file read it, from a plaintext temp file decrypted
	 * for them (and deleted right after) from what arrived (the temp file, or the incoming object read back from
	 * the bucket): the one extra write is paid only for files someone inspects (G-2: a PDF or an Office file up to
	 * 50 MB while the check is on), never for the large drawings and photos.
	 */
	private void inspect(long projectId, StreamingAead key, ObjectStore.Arriving sealed, long size, String name,
			String contentType)
			throws IOException {
		List<UploadInspection> wanting = inspections.orderedStream()
			.filter(inspection -> inspection.wants(name, contentType, size))
			.toList();
		if (wanting.isEmpty()) {
			return;
		}
		Path plaintext = files.newTempFile();
		try {
			try (InputStream in = key.newDecryptingStream(Channels.newInputStream(sealed.open()),
					ProjectKeys.associatedData(projectId));
					OutputStream out = Files.newOutputStream(plaintext, StandardOpenOption.WRITE)) {
				in.transferTo(out);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("Cannot decrypt an upload for its inspection", e);
			}
			wanting.forEach(inspection -> inspection.inspect(plaintext, name, contentType));
		}
		finally {
			deleteQuietly(plaintext);
		}
	}

	/**
	 * Row first (own transaction), then the object (a rename, or a server-side copy in the bucket): if that fails,
	 * the row goes again.
	 */
	private StoredFile publishNew(StorageFile row, ObjectStore.Arriving sealed) throws IOException {
		StorageFile stored = ownTransaction.execute(status -> recordStored(row));
		try {
			sealed.publish(stored.object());
		}
		catch (IOException | RuntimeException e) {
			ownTransaction.executeWithoutResult(status -> rows.release(stored.id()));
			throw e;
		}
		return stored.view();
	}

	/** Encrypts {@code plaintext} with the project's key into what is arriving, and finishes it. */
	private void seal(long projectId, InputStream plaintext, ObjectStore.Arriving target) throws IOException {
		StreamingAead key = keys.forWriting(projectId);
		try (OutputStream out = key.newEncryptingStream(target.output(), ProjectKeys.associatedData(projectId))) {
			plaintext.transferTo(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt with the key of project " + projectId, e);
		}
		target.finish();
	}

	/**
	 * Encrypts {@code plaintext} with the project's key into {@code target} and fsyncs it. Tink's streaming AEAD
	 * holds one segment (1 MB) at a time, so the heap use does not depend on the file size.
	 */
	void seal(long projectId, InputStream plaintext, Path target) throws IOException {
		StreamingAead key = keys.forWriting(projectId);
		try (OutputStream out = key.newEncryptingStream(Files.newOutputStream(target, StandardOpenOption.WRITE),
				ProjectKeys.associatedData(projectId))) {
			plaintext.transferTo(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt with the key of project " + projectId, e);
		}
		try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
			written.force(true);
		}
	}

	/**
	 * Destroys the project's key and deletes its objects and remaining rows (issue #16): from then on no copy of
	 * its files, in any backup, can be decrypted. Joins the caller's transaction; destroying an absent key only
	 * deletes what is left on disk.
	 *
	 * @return true if a key was destroyed by this call
	 */
	@Transactional
	public boolean destroyProjectKey(long projectId) {
		if (projectId == ProjectKeys.SYSTEM_SCOPE) {
			throw new IllegalArgumentException("The system scope's key is never destroyed");
		}
		rows.deleteByProject(projectId);
		boolean destroyed = keys.destroy(projectId);
		try {
			int deleted = objects.deleteProject(projectId);
			log.info("Project {}: key {}, {} objects deleted", projectId, destroyed ? "destroyed" : "already gone", deleted);
		}
		catch (IOException e) {
			// The key is what makes the bytes unreadable; left-over objects are only space, the cleanup frees it.
			log.warn("Could not delete every object of project {}; they cannot be decrypted any more", projectId, e);
		}
		return destroyed;
	}

	/** Marks the file as used; call it in the transaction that links the file, so both happen or neither. */
	@Transactional
	public void claim(long fileId) {
		StorageFile file = rows.findById(fileId).orElseThrow(this::notFound);
		if (rows.claim(fileId) == 0 || !exists(file.object())) {
			throw notFound();
		}
		events.publishEvent(new FileClaimed(fileId));
	}

	/** The owner no longer uses the file. Releasing a file that is already gone does nothing. */
	@Transactional
	public void release(long fileId) {
		if (rows.release(fileId) > 0) {
			events.publishEvent(new FileReleased(fileId));
		}
	}

	@Transactional(readOnly = true)
	public StoredFile get(long fileId) {
		return rows.findById(fileId).map(StorageFile::view).orElseThrow(this::notFound);
	}

	/**
	 * The file's bytes (decrypted), read from the store on demand; its {@code contentLength} is the file's size.
	 *
	 * @throws jp.kyoyu.shared.ServiceUnavailableException when the object store does not answer (503)
	 */
	@Transactional(readOnly = true)
	public Resource open(long fileId) {
		StorageFile file = rows.findById(fileId).orElseThrow(this::notFound);
		if (!exists(file.object())) {
			throw new IllegalStateException("Object of file " + fileId + " is missing: " + file.object());
		}
		return resource(file);
	}

	/** Encrypted objects through the project's key; a plaintext object from before encryption as it is. */
	private Resource resource(StorageFile file) {
		ObjectRef object = file.object();
		if (!object.encrypted()) {
			return ObjectResource.plaintext(objects, object, file.size());
		}
		StreamingAead key = keys.forReading(object.projectId())
			.orElseThrow(() -> new IllegalStateException("The key of project " + object.projectId() + " is destroyed"));
		return ObjectResource.decrypted(objects, object, key, ProjectKeys.associatedData(object.projectId()),
				file.size());
	}

	/**
	 * The whole answer to a download: type, {@code Content-Disposition} keeping a Japanese name, the SHA-256 as
	 * ETag; Spring MVC answers {@code Range} requests on the returned resource with 206 (or 416). Inline is
	 * honoured only for types a browser shows without running them (PDF, raster images, plain text).
	 */
	@Transactional(readOnly = true)
	public ResponseEntity<Resource> download(long fileId, boolean inline) {
		StoredFile file = get(fileId);
		Resource body = open(fileId);
		boolean showInline = inline && FileNames.mayShowInline(file.contentType());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.eTag(file.sha256())
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.id(), file.name(), showInline))
			.body(body);
	}

	DataSize maxFileSize() {
		return maxFileSize;
	}

	/** Lets unit tests try the limit without a second application context. */
	void maxFileSize(DataSize limit) {
		this.maxFileSize = limit;
	}

	private StorageFile recordStored(StorageFile file) {
		StorageFile saved = rows.save(file);
		StoredFile row = saved.view();
		events.publishEvent(new FileStored(row.id(), row.name(), row.size(), row.sha256()));
		return saved;
	}

	/** Streams the uploads in turn; when one is refused, the ones before it go too (nobody will link them). */
	private List<StoredFile> storeAll(long projectId, Iterable<IncomingFile> uploads) {
		List<StoredFile> stored = new ArrayList<>();
		try {
			for (IncomingFile upload : uploads) {
				stored.add(store(projectId, upload.content(), upload.name(), upload.contentType()));
			}
			return stored;
		}
		catch (RuntimeException | Error e) {
			discard(stored, e);
			throw e;
		}
	}

	/**
	 * Removes at once, instead of after pending-ttl, files that nobody will link. Only PENDING rows go: if the
	 * link's commit did happen although the caller saw an exception, its claimed files stay.
	 */
	private void discard(List<StoredFile> stored, Throwable cause) {
		if (stored.isEmpty()) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> stored.forEach(file -> {
				if (rows.discardPending(file.id()) > 0) {
					events.publishEvent(new FileReleased(file.id()));
				}
			}));
		}
		catch (RuntimeException e) {
			// The cleanup removes them after pending-ttl; the caller must still see why the upload failed.
			log.warn("Could not discard unlinked files {}; the cleanup removes them later", stored, e);
			if (cause != null) {
				cause.addSuppressed(e);
			}
		}
	}

	/**
	 * Japanese, as every API error is (identity's FeatureAuthorization does the same): this is also thrown in
	 * listeners and jobs, where the locale holder carries the JVM's locale, not the user's.
	 */
	/** Whether the object is there; a store that does not answer is a 503 for the caller, not a 404. */
	private boolean exists(ObjectRef object) {
		try {
			return objects.exists(object);
		}
		catch (ObjectStoreUnavailableException e) {
			throw unavailable(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Japanese like {@link #notFound()}: the store (an S3 endpoint) is down; the request may be tried again. */
	private ServiceUnavailableException unavailable(ObjectStoreUnavailableException cause) {
		log.warn("The object store ({}) is unavailable", objects.kind(), cause);
		return new ServiceUnavailableException(
				messages.getMessage("storage.store.unavailable", null, Locale.JAPANESE), cause);
	}

	private NotFoundException notFound() {
		return new NotFoundException(messages.getMessage("storage.file.not-found", null, Locale.JAPANESE));
	}

	private static void deleteQuietly(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException e) {
				// the cleanup removes temp files left untouched for an hour
			}
		}
	}
}
