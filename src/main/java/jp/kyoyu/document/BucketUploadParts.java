package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.storage.WorkObjects;

/**
 * The bytes of resumable uploads in the bucket ({@code kyoyu.storage.kind=s3}, issue #18): every acknowledged chunk
 * is an object of its own, {@code uploads/<upload>/<random>.chunk}, streamed from the request straight into the
 * store (encrypted, no local copy), and a row of {@code document_upload_chunk} says where it starts. So no node
 * needs a shared directory: the offset is the sum of the rows, the order to assemble is theirs.
 * <p>
 * Why an object per chunk and not the parts of one S3 multipart upload: S3 refuses parts under 5 MiB except the
 * last, and clients send chunks of any size (the browser 4 MB, a retry what is left), so parts would have to be
 * buffered on some node until 5 MiB came together — the node-local state this replaces. Objects have no minimum,
 * and a chunk that lost the race (two nodes receiving the same offset) is simply deleted. The finished file is
 * assembled by reading the chunks once, in order, into {@link jp.kyoyu.storage.FileStore}: it is stored under
 * the SHA-256 of its plaintext, encrypted as one stream with the project's key, and neither can be made by the
 * store from the chunks server-side (docs/scaling.md, *Resumable uploads*).
 */
class BucketUploadParts implements UploadBytes {

	private static final Logger LOG = LoggerFactory.getLogger(BucketUploadParts.class);

	private static final String UPLOADS = "uploads/";

	private final WorkObjects work;

	private final JdbcTemplate jdbc;

	BucketUploadParts(WorkObjects work, JdbcTemplate jdbc) {
		this.work = work;
		this.jdbc = jdbc;
	}

	private static String prefix(String uploadId) {
		return UPLOADS + uploadId + "/";
	}

	/** Nothing to make: the upload has no object until its first chunk. */
	@Override
	public void create(String uploadId) {
	}

	@Override
	public long length(String uploadId) {
		Long length = jdbc.queryForObject(
				"select coalesce(sum(length), 0) from document_upload_chunk where upload_id = ?", Long.class, uploadId);
		return length == null ? 0 : length;
	}

	@Override
	public Chunk receive(Upload upload, InputStream body, long room) {
		String name = prefix(upload.id()) + UUID.randomUUID() + ".chunk";
		WorkObjects.Received received = work.receive(upload.projectId(), name, body, room);
		return new Chunk(name, received.length(), received.tooMuch());
	}

	/** Records the chunk (an empty one, a body that broke off at once, is only deleted). */
	@Override
	public void append(Upload upload, long offset, Chunk chunk) {
		if (chunk.length() == 0) {
			discard(chunk);
			return;
		}
		jdbc.update("insert into document_upload_chunk (upload_id, start_offset, length, object_name) values (?, ?, ?, ?)",
				upload.id(), offset, chunk.length(), chunk.where());
	}

	@Override
	public void discard(Chunk chunk) {
		try {
			work.delete(chunk.where());
		}
		catch (RuntimeException e) {
			// the hourly sweep removes it: no row names it
			LOG.debug("Could not delete chunk {}: {}", chunk.where(), e.getMessage());
		}
	}

	/** The chunks in order, each opened only when the one before has been read (one Range GET at a time). */
	@Override
	public InputStream open(Upload upload) throws IOException {
		List<String> names = jdbc.queryForList(
				"select object_name from document_upload_chunk where upload_id = ? order by start_offset", String.class,
				upload.id());
		Iterator<String> next = names.iterator();
		return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
			@Override
			public boolean hasMoreElements() {
				return next.hasNext();
			}

			@Override
			public InputStream nextElement() {
				try {
					return work.open(upload.projectId(), next.next());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		});
	}

	@Override
	public void delete(String uploadId) {
		try {
			jdbc.update("delete from document_upload_chunk where upload_id = ?", uploadId);
			work.deleteAll(prefix(uploadId));
		}
		catch (RuntimeException e) {
			// the hourly sweep tries again
			LOG.warn("Could not delete the chunks of upload {}", uploadId, e);
		}
	}

	@Override
	public void erase(String uploadId) {
		jdbc.update("delete from document_upload_chunk where upload_id = ?", uploadId);
		work.deleteAll(prefix(uploadId));
	}

	/**
	 * Chunk objects written before {@code before} that no row names: of uploads that are gone, or chunks a node
	 * received and then lost (it died before recording or deleting it).
	 */
	@Override
	public int deleteOrphans(Predicate<String> uploadExists, Instant before) {
		int deleted = 0;
		Set<String> named = new HashSet<>(jdbc.queryForList("select object_name from document_upload_chunk", String.class));
		try {
			for (WorkObjects.Entry entry : work.list(UPLOADS)) {
				if (entry.writtenAt() != null && entry.writtenAt().isBefore(before) && !named.contains(entry.name())) {
					work.delete(entry.name());
					deleted++;
				}
			}
		}
		catch (RuntimeException e) {
			// The store is away (this also runs at start: a node must start without it); the next round sweeps.
			LOG.warn("Could not sweep orphan upload chunks from the store", e);
		}
		return deleted;
	}
}
