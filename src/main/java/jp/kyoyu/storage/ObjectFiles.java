package jp.kyoyu.storage;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The local file area and the file-system {@link ObjectStore} ({@code kyoyu.storage.kind=filesystem}, the
 * default). The layout on disk: {@code tmp/<random>} while a file arrives, {@code objects/p<project>/<aa>/<bb>/<sha256>}
 * (encrypted with the project's key) once it is complete, {@code objects/<aa>/<bb>/<sha256>} for plaintext from
 * before encryption, {@code trash/<scope>.<sha256>.<random>} for an object on its way out. Every path is built from
 * a number, a hash or a random id; nothing a user typed ever reaches here. With {@code kind=s3} only {@code tmp/}
 * is used, by the plaintext an {@link UploadInspection} reads: uploads arrive straight into the bucket (issue #21).
 */
@Component
class ObjectFiles implements ObjectStore {

	private static final Logger log = LoggerFactory.getLogger(ObjectFiles.class);

	static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	static final Pattern PROJECT_DIRECTORY = Pattern.compile("p(\\d+)");

	static final String PLAINTEXT_SCOPE = "plain";

	private final Path tmp;

	private final Path objects;

	private final Path trash;

	/** Work objects (upload chunks, export results) of the store's own kind; made when first written. */
	private final Path work;

	ObjectFiles(StorageSettings settings) throws IOException {
		Path root = settings.directory().toAbsolutePath().normalize();
		this.tmp = Files.createDirectories(root.resolve("tmp"));
		this.objects = Files.createDirectories(root.resolve("objects"));
		this.trash = Files.createDirectories(root.resolve("trash"));
		this.work = root.resolve("work");
	}

	@Override
	public String kind() {
		return "filesystem";
	}

	Path newTempFile() throws IOException {
		return Files.createFile(tmp.resolve(UUID.randomUUID().toString()));
	}

	Path objectPath(ObjectRef object) {
		String sha256 = object.sha256();
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		Path base = object.encrypted() ? projectDirectory(object.projectId()) : objects;
		return base.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	Path projectDirectory(long projectId) {
		return objects.resolve("p" + projectId);
	}

	/**
	 * Moves a complete, fsynced temp file to its object path in one rename, so readers see all of it or nothing.
	 * When the object is already there (same project and hash, so same bytes) the temp file is simply dropped.
	 */
	@Override
	public void publish(Path temp, ObjectRef object) throws IOException {
		Path path = objectPath(object);
		Files.createDirectories(path.getParent());
		if (Files.exists(path)) {
			Files.delete(temp);
			return;
		}
		try {
			Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
			// A parallel upload of the same bytes won the race (or the platform refuses to replace): keep theirs.
			Files.deleteIfExists(temp);
		}
		syncDirectory(path.getParent());
	}

	/** A temp file in {@code tmp/}, fsynced when finished and renamed into place by {@link #publish}. */
	@Override
	public Arriving arrive() throws IOException {
		return new TempArrival(newTempFile());
	}

	/** The temp files are the arrivals here: {@link #deleteTempFilesUntouchedSince} sweeps them. */
	@Override
	public int deleteArrivalsStartedBefore(Instant before) {
		return 0;
	}

	/** An upload arriving into {@code tmp/<uuid>}: the file system's way since before issue #21, unchanged. */
	private final class TempArrival implements Arriving {

		private final Path temp;

		private final FileChannel channel;

		TempArrival(Path temp) throws IOException {
			this.temp = temp;
			this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
		}

		@Override
		public OutputStream output() {
			return java.nio.channels.Channels.newOutputStream(channel);
		}

		@Override
		public void finish() throws IOException {
			// The encrypting stream closed the channel with the last segment: reopen it to sync the whole file.
			channel.close();
			try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				written.force(true);
			}
		}

		@Override
		public SeekableByteChannel open() throws IOException {
			return Files.newByteChannel(temp, StandardOpenOption.READ);
		}

		@Override
		public void publish(ObjectRef object) throws IOException {
			ObjectFiles.this.publish(temp, object);
		}

		@Override
		public void close() {
			try {
				channel.close();
				Files.deleteIfExists(temp);
			}
			catch (IOException e) {
				// the cleanup removes temp files left untouched for an hour
				log.debug("Could not delete temp file {}", temp, e);
			}
		}
	}

	/** Through a temp file (fsynced) and {@link #publish}, so a reader never sees part of it. */
	@Override
	public void put(ObjectRef object, InputStream content, long length) throws IOException {
		Path temp = newTempFile();
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
				copy(content, out, length);
			}
			try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				written.force(true);
			}
			publish(temp, object);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** All of {@code content} when {@code length} is -1, else exactly {@code length} bytes of it. */
	private static void copy(InputStream content, OutputStream out, long length) throws IOException {
		if (length < 0) {
			content.transferTo(out);
			return;
		}
		byte[] buffer = new byte[256 * 1024];
		for (long left = length; left > 0;) {
			int read = content.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read == -1) {
				throw new EOFException("The content ended " + left + " bytes before its announced length " + length);
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	@Override
	public boolean exists(ObjectRef object) {
		return Files.isRegularFile(objectPath(object));
	}

	@Override
	public long size(ObjectRef object) throws IOException {
		return Files.size(objectPath(object));
	}

	@Override
	public SeekableByteChannel open(ObjectRef object) throws IOException {
		return FileChannel.open(objectPath(object), StandardOpenOption.READ);
	}

	/** The temp area can take a file (the health check also looks at the free space of this volume). */
	@Override
	public void probe() throws IOException {
		Files.delete(Files.createTempFile(tmp, "health-", ".probe"));
	}

	/** The parking of {@link ObjectStore#retire}: one atomic rename into {@code trash/}. */
	@Override
	public boolean retire(ObjectRef object, Predicate<ObjectRef> stillReferenced) throws IOException {
		String scope = object.encrypted() ? "p" + object.projectId() : PLAINTEXT_SCOPE;
		Path parked = trash.resolve(scope + "." + object.sha256() + "." + UUID.randomUUID());
		try {
			Files.move(objectPath(object), parked, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (NoSuchFileException e) {
			return false; // another node's cleanup got there first
		}
		return settle(parked, object, stillReferenced);
	}

	/** Finishes what an interrupted {@link #retire} left in {@code trash/}. */
	@Override
	public int settleTrash(Predicate<ObjectRef> stillReferenced) throws IOException {
		int deleted = 0;
		for (Path parked : list(trash, 1, Files::isRegularFile)) {
			ObjectRef object = parkedObject(parked.getFileName().toString());
			if (object != null && settle(parked, object, stillReferenced)) {
				deleted++;
			}
		}
		return deleted;
	}

	/** {@code <scope>.<sha256>.<random>}; before encryption it was {@code <sha256>.<random>} (plaintext). */
	static ObjectRef parkedObject(String name) {
		String[] parts = name.split("\\.");
		if (parts.length >= 1 && SHA256.matcher(parts[0]).matches()) {
			return ObjectRef.plaintext(parts[0]);
		}
		if (parts.length >= 2 && SHA256.matcher(parts[1]).matches()) {
			if (PLAINTEXT_SCOPE.equals(parts[0])) {
				return ObjectRef.plaintext(parts[1]);
			}
			var project = PROJECT_DIRECTORY.matcher(parts[0]);
			if (project.matches()) {
				return ObjectRef.of(Long.parseLong(project.group(1)), parts[1]);
			}
		}
		return null;
	}

	private boolean settle(Path parked, ObjectRef object, Predicate<ObjectRef> stillReferenced) throws IOException {
		if (stillReferenced.test(object)) {
			Path path = objectPath(object);
			Files.createDirectories(path.getParent());
			Files.move(parked, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return false;
		}
		Files.delete(parked);
		return true;
	}

	/** Every object on disk, encrypted and plaintext. */
	@Override
	public List<ObjectRef> objectRefs() throws IOException {
		List<ObjectRef> found = new ArrayList<>();
		for (Path path : list(objects, 4, Files::isRegularFile)) {
			String name = path.getFileName().toString();
			if (!SHA256.matcher(name).matches()) {
				continue;
			}
			Path relative = objects.relativize(path);
			if (relative.getNameCount() == 3) {
				found.add(ObjectRef.plaintext(name));
			}
			else if (relative.getNameCount() == 4) {
				var project = PROJECT_DIRECTORY.matcher(relative.getName(0).toString());
				if (project.matches()) {
					found.add(ObjectRef.of(Long.parseLong(project.group(1)), name));
				}
			}
		}
		return found;
	}

	/** Hashes of all objects on disk (of every project and plaintext). */
	List<String> objectHashes() throws IOException {
		return objectRefs().stream().map(ObjectRef::sha256).toList();
	}

	/**
	 * Deletes everything of the project's on disk: its objects and any of them parked in {@code trash/}.
	 * Unreadable without the project's key anyway; this frees the space. Returns the number of objects deleted.
	 */
	@Override
	public int deleteProject(long projectId) throws IOException {
		int deleted = 0;
		Path directory = projectDirectory(projectId);
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					if (Files.isRegularFile(path)) {
						deleted++;
					}
					Files.deleteIfExists(path);
				}
			}
		}
		String prefix = "p" + projectId + ".";
		for (Path parked : list(trash, 1, path -> path.getFileName().toString().startsWith(prefix))) {
			Files.deleteIfExists(parked);
		}
		return deleted;
	}

	/** Deletes temp files nobody has written to since {@code before} (an upload in progress keeps touching its file). */
	int deleteTempFilesUntouchedSince(Instant before) throws IOException {
		int deleted = 0;
		for (Path temp : list(tmp, 1, Files::isRegularFile)) {
			try {
				if (Files.getLastModifiedTime(temp).toInstant().isBefore(before) && Files.deleteIfExists(temp)) {
					deleted++;
				}
			}
			catch (NoSuchFileException e) {
				// finished or failed meanwhile
			}
		}
		return deleted;
	}

	/** Through a temp file, fsynced and renamed into place, so a reader sees all of it or nothing. */
	@Override
	public void putWork(String name, Writing content) throws IOException {
		Path temp = newTempFile();
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				content.writeTo(java.nio.channels.Channels.newOutputStream(channel));
				channel.force(true);
			}
			Path target = work.resolve(name);
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public SeekableByteChannel openWork(String name) throws IOException {
		return FileChannel.open(work.resolve(name), StandardOpenOption.READ);
	}

	@Override
	public long workSize(String name) throws IOException {
		return Files.size(work.resolve(name));
	}

	@Override
	public void deleteWork(String name) throws IOException {
		Files.deleteIfExists(work.resolve(name));
	}

	@Override
	public List<WorkObjects.Entry> listWork(String prefix) throws IOException {
		if (!Files.isDirectory(work)) {
			return List.of();
		}
		List<WorkObjects.Entry> found = new ArrayList<>();
		for (Path path : list(work, Integer.MAX_VALUE, Files::isRegularFile)) {
			String name = work.relativize(path).toString().replace('\\', '/');
			if (name.startsWith(prefix)) {
				try {
					found.add(new WorkObjects.Entry(name, Files.getLastModifiedTime(path).toInstant()));
				}
				catch (NoSuchFileException e) {
					// deleted meanwhile
				}
			}
		}
		return found;
	}

	List<Path> tempFiles() throws IOException {
		return list(tmp, 1, Files::isRegularFile);
	}

	private static List<Path> list(Path directory, int depth, Predicate<Path> filter) throws IOException {
		try (Stream<Path> paths = Files.walk(directory, depth)) {
			return paths.filter(path -> !path.equals(directory)).filter(filter).toList();
		}
	}

	/** Makes the rename itself durable; some platforms cannot open a directory, which costs only that guarantee. */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UncheckedIOException e) {
			log.debug("Cannot fsync directory {}: {}", directory, e.getMessage());
		}
	}
}
