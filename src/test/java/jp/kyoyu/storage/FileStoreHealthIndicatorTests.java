package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

/**
 * The file store's readiness check on real directories (the shared test context has one threshold, so the refusal
 * is shown on the indicator itself): DOWN when the volume has less free space than the setting asks, or when no
 * file can be written there.
 */
class FileStoreHealthIndicatorTests {

	@TempDir
	Path directory;

	@Test
	void isUpWithEnoughFreeSpaceAndLeavesNoProbeFileBehind() throws Exception {
		var health = new FileStoreHealthIndicator(directory, DataSize.ofKilobytes(1)).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat((Long) health.getDetails().get("freeBytes")).isPositive();
		try (var left = Files.list(directory.resolve("tmp"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void isDownWhenTheThresholdIsAboveTheFreeSpace() {
		long free = directory.toFile().getUsableSpace();
		var health = new FileStoreHealthIndicator(directory, DataSize.ofBytes(free + DataSize.ofGigabytes(1).toBytes()))
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void isDownWhenNoFileCanBeWritten() throws Exception {
		Path notADirectory = Files.writeString(directory.resolve("files"), "a file where the store should be");
		assertThat(new FileStoreHealthIndicator(notADirectory, DataSize.ofBytes(0)).health().getStatus())
			.isEqualTo(Status.DOWN);
	}
}
