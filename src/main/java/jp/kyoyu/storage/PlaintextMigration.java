package jp.kyoyu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.ClusterOnce;

/**
 * The one-off move of files stored before encryption (issue #16) into their project's encrypted area, while the
 * system is in use: for each row with {@code encrypted = false}, encrypt its plaintext object into
 * {@code objects/p<project>/}, then flip the row (its own transaction), then retire the plaintext object once no
 * unencrypted row names it. Downloads read a row's plaintext object until the row is flipped. A crash anywhere
 * leaves either a row not flipped (the next run finds the encrypted object already there and only flips it) or a
 * plaintext object nobody names (retired by the next run or the cleanup). Runs at start (in the background, only
 * when there is something to do) and hourly; several nodes may run it at once.
 */
@Component
class PlaintextMigration {

	private static final Logger log = LoggerFactory.getLogger(PlaintextMigration.class);

	private final StorageFileRepository rows;

	/** The local temp area */
	private final ObjectFiles files;

	private final ObjectStore objects;

	private final FileStore store;

	private final StorageCleanup cleanup;

	private final TransactionTemplate transaction;

	private final ClusterOnce once;

	PlaintextMigration(StorageFileRepository rows, ObjectFiles files, ObjectStore objects, FileStore store, StorageCleanup cleanup,
			PlatformTransactionManager transactions, ClusterOnce once) {
		this.once = once;
		this.rows = rows;
		this.files = files;
		this.objects = objects;
		this.store = store;
		this.cleanup = cleanup;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (Boolean.TRUE.equals(transaction.execute(status -> !rows.findTop50ByEncryptedFalseAndIdGreaterThanOrderById(0).isEmpty()))) {
			Thread thread = new Thread(this::hourly, "storage-encryption-migration");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Once per cluster (issue #18): the file store is shared. */
	@Scheduled(cron = "${kyoyu.storage.migration-cron:0 47 * * * *}")
	void hourly() {
		once.run("storage.plaintext-migration", Duration.ofMinutes(55), Duration.ofMinutes(1), () -> {
			try {
				migrate();
			}
			catch (IOException | RuntimeException e) {
				log.error("Encrypting the files stored before encryption stopped; it continues within the hour", e);
			}
		});
	}

	/** Encrypts every plaintext file there is, in batches of 50 rows; returns how many rows it flipped. */
	int migrate() throws IOException {
		int flipped = 0;
		long after = 0;
		List<StorageFile> batch;
		while (!(batch = nextBatch(after)).isEmpty()) {
			for (StorageFile row : batch) {
				after = row.id();
				if (encryptObject(row) && flip(row)) {
					flipped++;
				}
			}
		}
		int retired = 0;
		for (ObjectRef object : objects.objectRefs()) {
			if (!object.encrypted() && !cleanup.referenced(object) && objects.retire(object, cleanup::referenced)) {
				retired++;
			}
		}
		if (flipped + retired > 0) {
			log.info("Encrypted {} files stored before encryption; removed {} plaintext objects", flipped, retired);
		}
		return flipped;
	}

	private List<StorageFile> nextBatch(long after) {
		return transaction.execute(status -> rows.findTop50ByEncryptedFalseAndIdGreaterThanOrderById(after));
	}

	/**
	 * Writes the row's object encrypted into its project's area unless it is there already (an earlier run or
	 * another row with the same bytes). The row still names it (same project and hash), so the cleanup keeps it.
	 *
	 * @return false when the plaintext object is missing (the row is left as it is and logged)
	 */
	boolean encryptObject(StorageFile row) throws IOException {
		ObjectRef target = ObjectRef.of(row.projectId(), row.sha256());
		if (objects.exists(target)) {
			return true;
		}
		ObjectRef plaintext = ObjectRef.plaintext(row.sha256());
		if (!objects.exists(plaintext)) {
			log.warn("File {} has no plaintext object {} to encrypt; left as it is", row.id(), row.sha256());
			return false;
		}
		Path sealed = files.newTempFile();
		try {
			try (InputStream in = Channels.newInputStream(objects.open(plaintext))) {
				store.seal(target.projectId(), in, sealed);
			}
			objects.publish(sealed, target);
		}
		finally {
			Files.deleteIfExists(sealed);
		}
		return true;
	}

	private boolean flip(StorageFile row) {
		return Boolean.TRUE.equals(transaction.execute(status -> rows.markEncrypted(row.id(), row.projectId()) > 0));
	}
}
