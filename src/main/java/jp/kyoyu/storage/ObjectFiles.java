package jp.kyoyu.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The layout on disk: {@code tmp/<random>} while a file arrives, {@code objects/<aa>/<bb>/<sha256>} once it is
 * complete, {@code trash/<sha256>.<random>} for an object on its way out. Every path is built from a hash or a
 * random id; nothing a user typed ever reaches here.
 */
@Component
class ObjectFiles {

	private static final Logger log = LoggerFactory.getLogger(ObjectFiles.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path tmp;

	private final Path objects;

	private final Path trash;

	ObjectFiles(StorageSettings settings) throws IOException {
		Path root = settings.directory().toAbsolutePath().normalize();
		this.tmp = Files.createDirectories(root.resolve("tmp"));
		this.objects = Files.createDirectories(root.resolve("objects"));
		this.trash = Files.createDirectories(root.resolve("trash"));
	}

	Path newTempFile() throws IOException {
		return Files.createFile(tmp.resolve(UUID.randomUUID().toString()));
	}

	Path objectPath(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		return objects.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/**
	 * Moves a complete, fsynced temp file to its object path in one rename, so readers see all of it or nothing.
	 * When the object is already there (same hash, so same bytes) the temp file is simply dropped.
	 */
	void publish(Path temp, String sha256) throws IOException {
		Path object = objectPath(sha256);
		Files.createDirectories(object.getParent());
		if (Files.exists(object)) {
			Files.delete(temp);
			return;
		}
		try {
			Files.move(temp, object, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
			// A parallel upload of the same bytes won the race (or the platform refuses to replace): keep theirs.
			Files.deleteIfExists(temp);
		}
		syncDirectory(object.getParent());
	}

	/**
	 * Removes an object unless {@code stillReferenced} says otherwise <em>after</em> the object has been moved
	 * out of the live tree. Uploads insert their row before they publish, so either the check sees that row and
	 * the object is put back, or the upload publishes its own copy afterwards: a referenced object never vanishes.
	 */
	boolean retire(String sha256, Predicate<String> stillReferenced) throws IOException {
		Path parked = trash.resolve(sha256 + "." + UUID.randomUUID());
		try {
			Files.move(objectPath(sha256), parked, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (NoSuchFileException e) {
			return false; // another node's cleanup got there first
		}
		return settle(parked, sha256, stillReferenced);
	}

	/** Finishes what an interrupted {@link #retire} left in {@code trash/}. */
	int settleTrash(Predicate<String> stillReferenced) throws IOException {
		int deleted = 0;
		for (Path parked : list(trash, 1, Files::isRegularFile)) {
			String name = parked.getFileName().toString();
			String sha256 = name.substring(0, Math.max(0, name.indexOf('.')));
			if (SHA256.matcher(sha256).matches() && settle(parked, sha256, stillReferenced)) {
				deleted++;
			}
		}
		return deleted;
	}

	private boolean settle(Path parked, String sha256, Predicate<String> stillReferenced) throws IOException {
		if (stillReferenced.test(sha256)) {
			Path object = objectPath(sha256);
			Files.createDirectories(object.getParent());
			Files.move(parked, object, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return false;
		}
		Files.delete(parked);
		return true;
	}

	/** Hashes of all objects on disk. */
	List<String> objectHashes() throws IOException {
		return list(objects, 3, Files::isRegularFile).stream()
			.map(path -> path.getFileName().toString())
			.filter(name -> SHA256.matcher(name).matches())
			.toList();
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
