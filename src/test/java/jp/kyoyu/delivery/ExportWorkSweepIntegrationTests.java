package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The export directory is swept at start and hourly (issue 17): a job directory no job row names (left by a
 * crash, or by hand) goes once untouched for an hour, a fresh one stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportWorkSweepIntegrationTests {

	@Autowired
	ExportHousekeeping housekeeping;

	@Autowired
	DeliverySettings settings;

	@Test
	void anOrphanExportDirectoryGoesOnceOldAndAFreshOneStays() throws Exception {
		Path old = directory("987654321001", Duration.ofHours(2));
		Path junk = directory("result.zip.tmp-abandoned", Duration.ofHours(2));
		Path fresh = directory("987654321002", Duration.ZERO);

		housekeeping.sweepWork(Instant.now());

		assertThat(old).doesNotExist();
		assertThat(junk).doesNotExist();
		assertThat(fresh).exists();
		ExportOutput.deleteTree(fresh);
	}

	private Path directory(String name, Duration age) throws Exception {
		Path directory = Files.createDirectories(settings.directory().resolve(name));
		Files.write(directory.resolve("result.zip"), new byte[] { 'P', 'K' });
		Files.setLastModifiedTime(directory, FileTime.from(Instant.now().minus(age)));
		return directory;
	}
}
