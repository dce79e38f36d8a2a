package jp.kyoyu.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sweeping a temporary area (docs/durability.md): each module sweeps its own area at start and hourly with these
 * two calls, so a killed JVM's half-written files do not fill the disk. A file counts as in use while it is
 * being written, so only what nobody touched since a cut-off goes.
 */
public final class TempFiles {

	private TempFiles() {
	}

	/**
	 * Deletes the entries directly in {@code directory} (files, and directories with all they hold) not modified
	 * since {@code before}; a missing directory is an empty one. Answers how many entries went.
	 */
	public static int deleteUntouchedSince(Path directory, Instant before) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		int deleted = 0;
		for (Path entry : entries(directory)) {
			if (deleteIfUntouchedSince(entry, before)) {
				deleted++;
			}
		}
		return deleted;
	}

	/** Deletes {@code entry} (a file, or a directory with all it holds) if not modified since {@code before}. */
	public static boolean deleteIfUntouchedSince(Path entry, Instant before) {
		try {
			if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
				deleteTree(entry);
				return true;
			}
			return false;
		}
		catch (NoSuchFileException finishedMeanwhile) {
			// its owner finished and removed it while we looked
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The entries directly in {@code directory}; none when it does not exist. */
	public static List<Path> entries(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(directory)) {
			return list.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes a file, or a directory with everything below it; nothing there is fine. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
