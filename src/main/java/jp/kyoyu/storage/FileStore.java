package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.NotFoundException;

/**
 * File contents for every module (docs/modules/storage.md). Owners keep the id: they {@link #store} the
 * upload, {@link #claim} it in the transaction that links it, and {@link #release} it when unlinking. Storage
 * knows nothing of who may read a file; the owner checks that before calling {@link #download}.
 */
@Service
public class FileStore {

	static final String NOT_FOUND = "ファイルが見つかりません。削除されたか、アップロードから時間が経ち保存期限を過ぎています。"
			+ "もう一度アップロードしてください。";

	private final StorageFileRepository rows;

	private final ObjectFiles files;

	private final TransactionTemplate ownTransaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private DataSize maxFileSize;

	private final ObjectProvider<UploadInspection> inspections;

	FileStore(StorageFileRepository rows, ObjectFiles files, StorageSettings settings,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<UploadInspection> inspections) {
		this.inspections = inspections;
		this.rows = rows;
		this.files = files;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		this.clock = clock;
		this.maxFileSize = settings.maxFileSize();
	}

	/**
	 * Streams {@code content} to a temp file while hashing and counting it, fsyncs it, records a PENDING row (in
	 * its own transaction, committed before the bytes become an object, which the cleanup relies on) and renames
	 * the file into place. On any failure nothing stays behind: no row, no temp file.
	 *
	 * @throws jp.kyoyu.shared.InvalidInputException when the name holds a control or bidi character
	 * @throws FileTooLargeException past {@code kyoyu.storage.max-file-size}
	 * @throws UncheckedIOException when reading the upload or writing the disk fails
	 */
	public StoredFile store(InputStream content, String originalName, String contentType) {
		// Every upload path ends here, so no file name with a control or bidi character is ever stored.
		jp.kyoyu.shared.CleanText.requireFileName("file", originalName);
		DataSize limit = maxFileSize;
		Path temp = null;
		try {
			temp = files.newTempFile();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size = copy(content, temp, sha256, limit);
			Path complete = temp;
			inspections.orderedStream().forEach(inspection -> inspection.inspect(complete, originalName, contentType));
			String hash = HexFormat.of().formatHex(sha256.digest());
			StoredFile stored = ownTransaction.execute(status -> {
				StoredFile row = rows.save(new StorageFile(hash, size, FileNames.displayName(originalName),
						FileNames.contentType(contentType), clock.instant())).view();
				events.publishEvent(new FileStored(row.id(), row.name(), row.size(), row.sha256()));
				return row;
			});
			try {
				files.publish(temp, hash);
			}
			catch (IOException | RuntimeException e) {
				ownTransaction.executeWithoutResult(status -> rows.release(stored.id()));
				throw e;
			}
			return stored;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store upload " + originalName, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** Marks the file as used; call it in the transaction that links the file, so both happen or neither. */
	@Transactional
	public void claim(long fileId) {
		StorageFile file = rows.findById(fileId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		if (rows.claim(fileId) == 0 || !Files.exists(files.objectPath(file.sha256()))) {
			throw new NotFoundException(NOT_FOUND);
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
		return rows.findById(fileId).map(StorageFile::view).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	/** The file's bytes, read from disk on demand. */
	@Transactional(readOnly = true)
	public Resource open(long fileId) {
		Path object = files.objectPath(get(fileId).sha256());
		if (!Files.isReadable(object)) {
			throw new IllegalStateException("Object of file " + fileId + " is missing: " + object);
		}
		return new FileSystemResource(object);
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

	private static long copy(InputStream content, Path temp, MessageDigest sha256, DataSize limit) throws IOException {
		long size = 0;
		byte[] buffer = new byte[256 * 1024];
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit.toBytes()) {
					throw new FileTooLargeException(limit);
				}
				sha256.update(buffer, 0, read);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		return size;
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
