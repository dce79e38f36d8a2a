package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes entries as files below a root directory (the server copy for external media, the inspection site). */
final class DirectorySink implements ExportSink {

	private final Path root;

	DirectorySink(Path root) throws IOException {
		this.root = Files.createDirectories(root).toRealPath();
	}

	@Override
	public void directory(String path) throws IOException {
		Files.createDirectories(resolve(path));
	}

	@Override
	public OutputStream file(String path, long size) throws IOException {
		Path target = resolve(path);
		Files.createDirectories(target.getParent());
		return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

	/** Entry paths are built by the export from cleaned names; this is the last guard against leaving the root. */
	private Path resolve(String path) {
		Path target = root.resolve(path).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IllegalArgumentException("path outside the export: " + path);
		}
		return target;
	}

	@Override
	public void close() {
		// every file is closed by its writer
	}
}
