package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jakarta.servlet.MultipartConfigElement;

/**
 * Storage's temporary areas are swept at start and hourly (issue 17): Tomcat's multipart directory, where a killed
 * JVM leaves its upload_*.tmp files, and the file store's own tmp directory. Old files go, fresh ones stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TempAreaSweepIntegrationTests {

	@Autowired
	MultipartTempSweep multipartSweep;

	@Autowired
	StorageCleanup cleanup;

	@Autowired
	MultipartConfigElement multipart;

	@Autowired
	StorageSettings settings;

	@Test
	void tomcatIsGivenTheAbsoluteMultipartDirectoryThatIsSwept() {
		assertThat(Path.of(multipart.getLocation()).isAbsolute()).isTrue();
		assertThat(Path.of(multipart.getLocation())).isDirectory();
	}

	@Test
	void hourlyAnAbandonedMultipartFileGoesAndOneBeingWrittenStays() throws Exception {
		Path directory = Path.of(multipart.getLocation());
		Path abandoned = file(directory, "upload_abandoned.tmp", Duration.ofHours(7));
		Path writing = file(directory, "upload_writing.tmp", Duration.ZERO);

		multipartSweep.sweep(Instant.now().minus(MultipartTempSweep.UNTOUCHED));

		assertThat(abandoned).doesNotExist();
		assertThat(writing).exists();
		Files.delete(writing);
	}

	@Test
	void atStartEveryMultipartFileIsAnOrphan() throws Exception {
		Path directory = Path.of(multipart.getLocation());
		Path fresh = file(directory, "upload_before_restart.tmp", Duration.ZERO);

		multipartSweep.afterSingletonsInstantiated();

		assertThat(fresh).doesNotExist();
	}

	@Test
	void atStartTheFileStoreTempFilesUntouchedForAnHourGoAndFreshOnesStay() throws Exception {
		Path tmp = settings.directory().toAbsolutePath().normalize().resolve("tmp");
		Path abandoned = file(tmp, "abandoned-" + System.nanoTime(), Duration.ofHours(2));
		Path writing = file(tmp, "writing-" + System.nanoTime(), Duration.ZERO);

		cleanup.tempFilesAtStart();

		assertThat(abandoned).doesNotExist();
		assertThat(writing).exists();
		Files.delete(writing);
	}

	static Path file(Path directory, String name, Duration age) throws Exception {
		Files.createDirectories(directory);
		Path file = Files.write(directory.resolve(name), "途中まで書かれた一時ファイル".getBytes());
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}
}
