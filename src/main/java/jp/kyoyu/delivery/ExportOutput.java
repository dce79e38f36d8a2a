package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import jp.kyoyu.project.ProjectDetails;

/**
 * Where a job's result goes: {@code <export directory>/<id>/} for downloads (and the inspection site), or a new
 * directory below the configured media directory, named after the project, the kind and the time.
 */
final class ExportOutput {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/**
	 * Plain Japan wall-clock time for a download name (20261207-0930). BASIC_ISO_DATE, used before, appends the
	 * zone offset and so gave names like 「…_20261207+0900.zip」 that users took for a broken name.
	 */
	private static final DateTimeFormatter DOWNLOAD_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private ExportOutput() {
	}

	static Path jobDirectory(DeliverySettings settings, long id) {
		return settings.directory().resolve(String.valueOf(id));
	}

	static String downloadName(ProjectDetails project, ExportKind kind, Clock clock) {
		return EntryNames.safe(project.name() + "_" + ExportLabels.kind(kind) + "_"
				+ DOWNLOAD_STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip");
	}

	/** A fresh directory below the media directory; the name is unique because it carries the job id. */
	static Path mediaDirectory(DeliverySettings settings, ProjectDetails project, ExportKind kind, long id, Clock clock)
			throws IOException {
		String name = EntryNames.safe(project.name() + "_" + ExportLabels.kind(kind) + "_"
				+ STAMP.format(clock.instant().atZone(clock.getZone())) + "_" + id);
		Path base = Files.createDirectories(settings.mediaDirectory()).toRealPath();
		Path target = base.resolve(name).normalize();
		if (!target.getParent().equals(base)) {
			throw new IllegalStateException("media directory name escapes the base: " + name);
		}
		return target;
	}

	/** Copies a written directory (the inspection site) into a sink, in name order. */
	static void copyTree(Path root, ExportSink sink) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.filter(path -> !path.equals(root)).sorted().toList();
		}
		for (Path path : paths) {
			String relative = root.relativize(path).toString().replace('\\', '/');
			if (Files.isDirectory(path)) {
				sink.directory(relative);
				continue;
			}
			try (InputStream in = Files.newInputStream(path); OutputStream out = sink.file(relative, Files.size(path))) {
				in.transferTo(out);
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
