package jp.kyoyu.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.TempFiles;

/**
 * Tomcat's multipart area ({@code spring.servlet.multipart.location}): every uploaded part is written there
 * first and removed by Tomcat when its request ends, so only a killed JVM leaves files behind (issue 17 found
 * 173 MB after a {@code kill -9}). Storage sweeps it because uploaded bytes are storage's business.
 */
@Component
class MultipartTempSweep implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(MultipartTempSweep.class);

	/**
	 * Hourly, a part file goes once nobody wrote it for this long. Longer than storage's own temp age: after the
	 * last byte arrived, a 5 GB part is still read (not written) while storage copies and hashes it.
	 */
	static final Duration UNTOUCHED = Duration.ofHours(6);

	private final Path directory;

	private final Clock clock;

	MultipartTempSweep(ObjectProvider<MultipartProperties> multipart, Clock clock) {
		// The bound properties, not a placeholder of our own: the same absolute path Tomcat is given
		// (StorageConfiguration), even where the location holds a random part (${random.uuid} in the tests).
		MultipartProperties properties = multipart.getIfAvailable();
		String location = properties == null ? null : properties.getLocation();
		this.directory = location == null || location.isBlank() ? null : Path.of(StorageConfiguration.absolute(location));
		this.clock = clock;
	}

	/**
	 * At start everything there is an orphan: this runs after the beans are made and before the web server takes
	 * its first request, so no upload of this JVM can be in progress yet.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		sweep(Instant.MAX);
	}

	@Scheduled(cron = "${kyoyu.storage.cleanup-cron:0 17 * * * *}")
	void hourly() {
		try {
			sweep(clock.instant().minus(UNTOUCHED));
		}
		catch (RuntimeException e) {
			log.error("Multipart temp sweep failed; it runs again in an hour", e);
		}
	}

	/** Deletes what nobody touched since {@code before}; answers how many files went. */
	int sweep(Instant before) {
		if (directory == null) {
			return 0;
		}
		int deleted = TempFiles.deleteUntouchedSince(directory, before);
		if (deleted > 0) {
			log.info("Removed {} abandoned multipart files from {}", deleted, directory);
		}
		return deleted;
	}
}
