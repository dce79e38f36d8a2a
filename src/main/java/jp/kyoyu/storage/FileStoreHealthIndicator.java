package jp.kyoyu.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * {@code fileStore} in the readiness group (X1, docs/monitoring.md): the file store can take a new file (a probe
 * file is written and removed in {@code tmp/}, where uploads begin), its volume has at least
 * {@code kyoyu.storage.health.min-free-space} free, and, with {@code kyoyu.storage.kind=s3}, the bucket answers.
 * Any of them failing makes the node not ready: every upload, export and attachment would fail. Details (free
 * bytes, the store's kind) are shown only to whoever may see health details, which by default is nobody over HTTP.
 */
@Component
class FileStoreHealthIndicator implements HealthIndicator {

	private final Path directory;

	private final DataSize minFreeSpace;

	private final ObjectStore objects;

	@Autowired
	FileStoreHealthIndicator(StorageSettings storage, StorageHealthSettings health, ObjectStore objects) {
		this(storage.directory(), health.minFreeSpace(), objects);
	}

	/** For tests with a directory and threshold of their own (the file system store). */
	FileStoreHealthIndicator(Path directory, DataSize minFreeSpace) {
		this(directory, minFreeSpace, null);
	}

	/** For tests with a store of their own; {@code objects} null: only the local directory is checked. */
	FileStoreHealthIndicator(Path directory, DataSize minFreeSpace, ObjectStore objects) {
		this.directory = directory;
		this.minFreeSpace = minFreeSpace;
		this.objects = objects;
	}

	@Override
	public Health health() {
		String kind = objects == null ? "filesystem" : objects.kind();
		try {
			Path tmp = Files.createDirectories(directory.resolve("tmp"));
			Path probe = Files.createTempFile(tmp, "health-", ".probe");
			Files.delete(probe);
			long free = Files.getFileStore(directory).getUsableSpace();
			if (objects != null) {
				objects.probe();
			}
			Health.Builder health = free < minFreeSpace.toBytes() ? Health.down() : Health.up();
			return health.withDetail("kind", kind)
				.withDetail("freeBytes", free)
				.withDetail("minFreeBytes", minFreeSpace.toBytes())
				.build();
		}
		catch (IOException | SecurityException e) {
			return Health.down().withDetail("kind", kind).withDetail("error", e.getClass().getSimpleName()).build();
		}
	}
}
