package jp.kyoyu.storage;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.ClusterOnce;

/**
 * The hourly cleanup: unclaimed uploads past their TTL, objects no row names any more, and temp files (with
 * {@code kind=s3}: multipart uploads and incoming objects below {@code work/incoming/}) of uploads that died
 * without cleaning up (a killed JVM). Safe to run on several nodes at once.
 */
@Component
class StorageCleanup {

	private static final Logger log = LoggerFactory.getLogger(StorageCleanup.class);

	/** An upload in progress writes to its temp file all the time; one untouched this long is abandoned. */
	static final Duration TEMP_FILE_AGE = Duration.ofHours(1);

	/**
	 * An upload arriving into the bucket (issue #21) shows when it began, not when it was last written to (S3 dates
	 * a multipart upload, and the object it completes into, by its start): a day, as the bucket's lifecycle rule for
	 * incomplete multipart uploads (docs/scaling.md), lets even 5 GB at 60 KB/s arrive.
	 */
	static final Duration ARRIVAL_AGE = Duration.ofDays(1);

	private final StorageFileRepository rows;

	/** The local temp area */
	private final ObjectFiles files;

	private final ObjectStore objects;

	private final StorageSettings settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClusterOnce once;

	StorageCleanup(StorageFileRepository rows, ObjectFiles files, ObjectStore objects, StorageSettings settings,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock, ClusterOnce once) {
		this.once = once;
		this.rows = rows;
		this.files = files;
		this.objects = objects;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * At start only the temp files (docs/durability.md): the file store may be shared by several nodes, so even at
	 * start a temp file counts as abandoned only when nobody wrote it for {@link #TEMP_FILE_AGE}.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void tempFilesAtStart() {
		try {
			int temps = files.deleteTempFilesUntouchedSince(clock.instant().minus(TEMP_FILE_AGE));
			if (temps > 0) {
				log.info("Removed {} abandoned storage temp files at start", temps);
			}
		}
		catch (IOException | RuntimeException e) {
			log.error("Storage temp sweep at start failed; the hourly cleanup tries again", e);
		}
	}

	/** Once per cluster (issue #18): the file store is shared. */
	@Scheduled(cron = "${kyoyu.storage.cleanup-cron:0 17 * * * *}")
	void hourly() {
		once.run("storage.cleanup", Duration.ofMinutes(50), Duration.ofMinutes(1), () -> {
			try {
				cleanUp(clock.instant());
			}
			catch (IOException | RuntimeException e) {
				log.error("Storage cleanup failed; it runs again in an hour", e);
			}
		});
	}

	/** Runs the cleanup as if it were {@code now}; returns what it removed. */
	StorageCleanedUp cleanUp(Instant now) throws IOException {
		Integer pending = transaction.execute(status -> rows.deletePendingCreatedBefore(now.minus(settings.pendingTtl())));
		int retired = objects.settleTrash(this::referenced);
		for (ObjectRef object : objects.objectRefs()) {
			if (!referenced(object) && objects.retire(object, this::referenced)) {
				retired++;
			}
		}
		int temps = files.deleteTempFilesUntouchedSince(now.minus(TEMP_FILE_AGE));
		temps += objects.deleteArrivalsStartedBefore(now.minus(ARRIVAL_AGE));
		StorageCleanedUp result = new StorageCleanedUp(pending, retired, temps);
		if (pending + retired + temps > 0) {
			log.info("Storage cleanup removed {} pending files, {} objects, {} temp files", pending, retired, temps);
			transaction.executeWithoutResult(status -> events.publishEvent(result));
		}
		return result;
	}

	/**
	 * An encrypted object while any row of its project names the hash; a plaintext one (from before encryption)
	 * while a row not yet migrated names it.
	 */
	boolean referenced(ObjectRef object) {
		return Boolean.TRUE.equals(transaction.execute(status -> object.encrypted()
				? rows.existsByProjectIdAndSha256(object.projectId(), object.sha256())
				: rows.existsBySha256AndEncryptedFalse(object.sha256())));
	}
}
