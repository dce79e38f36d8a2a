package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import com.google.crypto.tink.StreamingAead;

import jp.kyoyu.shared.ServiceUnavailableException;
import jp.kyoyu.shared.Wording;

/**
 * Objects other modules keep in the store while they work, named by them (issue #18, docs/scaling.md): the chunks
 * of a resumable upload and the results of exports. With {@code kyoyu.storage.kind=s3} they live in the bucket,
 * so any node can take the next chunk or serve the download and no node needs a shared directory; with
 * {@code filesystem} their owners keep today's directories ({@link #inStore()} is false) and do not call this.
 * <p>
 * Like every file, a work object is encrypted with its project's key (the bucket holds ciphertext only, and
 * erasing a project's key makes its half-finished uploads and exports unreadable too), its name bound into the
 * ciphertext as associated data so one object cannot be passed off as another. Names are the owner's, checked
 * here: segments of letters, digits, {@code . _ -}, separated by {@code /}, nothing a user typed.
 */
@Service
public class WorkObjects {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	private static final int BUFFER = 256 * 1024;

	private final ObjectStore objects;

	private final ProjectKeys keys;

	WorkObjects(ObjectStore objects, ProjectKeys keys) {
		this.objects = objects;
		this.keys = keys;
	}

	/** A work object and when it was written (for the sweeps of what no row names any more). */
	public record Entry(String name, Instant writtenAt) {
	}

	/** What {@link #receive} kept: the plaintext bytes, and whether the body had more than the room. */
	public record Received(long length, boolean tooMuch) {
	}

	/** True when work objects go to a store all nodes share ({@code kind=s3}), not to a node's directory. */
	public boolean inStore() {
		return !"filesystem".equals(objects.kind());
	}

	/**
	 * Streams {@code body} into the work object {@code name}, encrypted on the way, keeping at most {@code room}
	 * bytes: the bytes go to the store once, with no local copy, and the heap holds one part ({@code part-size}).
	 * A body that breaks off keeps what arrived (the client asks the offset and goes on).
	 *
	 * @throws ServiceUnavailableException when the store does not answer (503, Japanese)
	 */
	public Received receive(long projectId, String name, InputStream body, long room) {
		long[] length = { 0 };
		boolean[] tooMuch = { false };
		write(projectId, name, out -> {
			byte[] buffer = new byte[BUFFER];
			while (true) {
				int read;
				try {
					read = body.read(buffer);
				}
				catch (IOException dropped) {
					// the connection broke off: keep what arrived, the client resumes from the offset
					return;
				}
				if (read == -1) {
					return;
				}
				// A failure to write (the store) is not a broken-off body: it fails the chunk, nothing is kept.
				int keep = (int) Math.min(read, room - length[0]);
				out.write(buffer, 0, Math.max(keep, 0));
				length[0] += Math.max(keep, 0);
				if (keep < read) {
					tooMuch[0] = true;
					return;
				}
			}
		});
		return new Received(length[0], tooMuch[0]);
	}

	/** Copies a finished local file (an export's ZIP) into the work object {@code name}, encrypted. */
	public void put(long projectId, String name, Path file) {
		write(projectId, name, out -> Files.copy(file, out));
	}

	/**
	 * The plaintext of the work object, read in order (a Range GET from the start on S3).
	 *
	 * @throws java.nio.file.NoSuchFileException when it is missing
	 */
	public InputStream open(long projectId, String name) throws IOException {
		SeekableByteChannel stored = objects.openWork(checked(name));
		try {
			return readingKey(projectId, name).newDecryptingStream(Channels.newInputStream(stored), associatedData(projectId, name));
		}
		catch (GeneralSecurityException e) {
			stored.close();
			throw new IOException("Cannot decrypt work object " + name, e);
		}
	}

	/**
	 * The work object as a download Spring MVC answers Range requests on: a Range reads from the store only the
	 * segments it sends. {@code size} is the plaintext size (the owner's row knows it).
	 */
	public Resource resource(long projectId, String name, long size) {
		return new WorkResource(projectId, checked(name), size);
	}

	/**
	 * The work object as a download, its plaintext size worked out from the stored size (one HEAD).
	 *
	 * @throws java.nio.file.NoSuchFileException when it is missing
	 */
	public Resource resource(long projectId, String name) throws IOException {
		try {
			return resource(projectId, name, StorageVerification.plaintextSize(objects.workSize(checked(name))));
		}
		catch (ObjectStoreUnavailableException e) {
			throw failed(name, e);
		}
	}

	/** Whether the work object is there; a store that does not answer is a 503. */
	public boolean exists(String name) {
		try {
			objects.workSize(checked(name));
			return true;
		}
		catch (java.nio.file.NoSuchFileException e) {
			return false;
		}
		catch (IOException e) {
			throw failed(name, e);
		}
	}

	public void delete(String name) {
		try {
			objects.deleteWork(checked(name));
		}
		catch (IOException e) {
			throw failed(name, e);
		}
	}

	/** Deletes every work object whose name starts with {@code prefix}; answers how many went. */
	public int deleteAll(String prefix) {
		List<Entry> found = list(prefix);
		found.forEach(entry -> delete(entry.name()));
		return found.size();
	}

	public List<Entry> list(String prefix) {
		try {
			return objects.listWork(prefix);
		}
		catch (IOException e) {
			throw failed(prefix, e);
		}
	}

	private void write(long projectId, String name, ObjectStore.Writing plaintext) {
		StreamingAead key = keyFor(projectId);
		byte[] associatedData = associatedData(projectId, checked(name));
		try {
			objects.putWork(name, out -> {
				try (OutputStream encrypting = key.newEncryptingStream(out, associatedData)) {
					plaintext.writeTo(encrypting);
				}
				catch (GeneralSecurityException e) {
					throw new IOException("Cannot encrypt work object " + name, e);
				}
			});
		}
		catch (IOException e) {
			throw failed(name, e);
		}
	}

	private StreamingAead keyFor(long projectId) {
		return keys.forWriting(projectId);
	}

	/** Once the project's key is destroyed (erasure) its work objects are as good as gone. */
	private StreamingAead readingKey(long projectId, String name) throws java.nio.file.NoSuchFileException {
		return keys.forReading(projectId).orElseThrow(() -> new java.nio.file.NoSuchFileException(name));
	}

	private static byte[] associatedData(long projectId, String name) {
		return ("kyoyu-work-" + projectId + "-" + name).getBytes(StandardCharsets.US_ASCII);
	}

	private static String checked(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a work object name: " + name);
		}
		return name;
	}

	private static RuntimeException failed(String name, IOException e) {
		if (e instanceof ObjectStoreUnavailableException) {
			return new ServiceUnavailableException(Wording.japanese("storage.store.unavailable"), e);
		}
		return new UncheckedIOException("Work object " + name + " failed", e);
	}

	/** Decrypted on demand through a seekable channel, as {@link ObjectResource} reads files. */
	private final class WorkResource extends AbstractResource {

		private final long projectId;

		private final String name;

		private final long size;

		WorkResource(long projectId, String name, long size) {
			this.projectId = projectId;
			this.name = name;
			this.size = size;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			SeekableByteChannel stored = objects.openWork(name);
			try {
				return new ObjectResource.SeekingStream(
						readingKey(projectId, name).newSeekableDecryptingChannel(stored, associatedData(projectId, name)), size);
			}
			catch (GeneralSecurityException | IOException e) {
				stored.close();
				throw new IOException("Cannot decrypt work object " + name, e);
			}
		}

		@Override
		public boolean exists() {
			return WorkObjects.this.exists(name);
		}

		@Override
		public long contentLength() {
			return size;
		}

		@Override
		public String getDescription() {
			return "work object " + name;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof WorkResource that && that.name.equals(name);
		}

		@Override
		public int hashCode() {
			return name.hashCode();
		}
	}
}
