package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The resumable uploads' part files are swept at start and hourly (issue 17): a part file no upload names any
 * more (its JVM died before the row was committed, or the row went without it) goes once untouched for an hour;
 * a fresh one stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadPartSweepIntegrationTests {

	@Autowired
	ResumableUploads uploads;

	@Autowired
	UploadParts parts;

	@Test
	void anOrphanPartFileUntouchedForAnHourGoesAndAFreshOneStays() throws Exception {
		Path orphan = part(UUID.randomUUID() + ".part", Duration.ofHours(2));
		Path fresh = part(UUID.randomUUID() + ".part", Duration.ZERO);

		uploads.cleanUp();

		assertThat(orphan).doesNotExist();
		assertThat(fresh).exists();
		Files.delete(fresh);
	}

	private Path part(String name, Duration age) throws Exception {
		// The directory UploadParts was given (the test data-dir holds ${random.uuid}: each lookup differs).
		Path directory = parts.path("any").getParent();
		Files.createDirectories(directory);
		Path file = Files.write(directory.resolve(name), new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}
}
