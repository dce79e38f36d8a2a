package jp.kyoyu.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * One data key per project (a Tink streaming-AEAD keyset), created on the project's first stored file and kept in
 * {@code storage_key} only wrapped by the master key. Destroying the row makes every copy of the project's
 * objects, in any backup, unreadable. Not cached: a key destroyed on one node must not live on in another.
 */
@Component
class ProjectKeys {

	/** The scope of files no project owns (rows the migration could not place); erasure never destroys it. */
	static final long SYSTEM_SCOPE = 0;

	private final JdbcTemplate jdbc;

	private final Aead master;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ProjectKeys(JdbcTemplate jdbc, StorageSettings settings, PlatformTransactionManager transactions, Clock clock)
			throws GeneralSecurityException {
		StreamingAeadConfig.register();
		this.jdbc = jdbc;
		this.master = MasterKey.load(settings);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The project's key, created (and committed on its own) when the project stores its first file. */
	StreamingAead forWriting(long projectId) {
		return wrapped(projectId).or(() -> create(projectId)).map(wrapped -> unwrap(projectId, wrapped))
			.orElseThrow(() -> new IllegalStateException("No key for project " + projectId));
	}

	/** The project's key for reading; empty once it was destroyed. */
	Optional<StreamingAead> forReading(long projectId) {
		return wrapped(projectId).map(wrapped -> unwrap(projectId, wrapped));
	}

	/** Deletes the key row; true if there was one. Joins the caller's transaction. */
	boolean destroy(long projectId) {
		return jdbc.update("delete from storage_key where project_id = ?", projectId) > 0;
	}

	/**
	 * Bound to the project as associated data: a wrapped key (or an object) moved to another project's row fails
	 * to open instead of decrypting under the wrong name.
	 */
	static byte[] associatedData(long projectId) {
		return ("kyoyu-storage-project-" + projectId).getBytes(StandardCharsets.US_ASCII);
	}

	private Optional<String> wrapped(long projectId) {
		List<String> found = jdbc.queryForList("select wrapped_keyset from storage_key where project_id = ?",
				String.class, projectId);
		return found.stream().findFirst();
	}

	private Optional<String> create(long projectId) {
		try {
			// 1 MB segments: 16 bytes of tag per MB and few segment operations for multi-GB drawings and photos;
			// a Range read decrypts at most one extra MB, a millisecond at AES-GCM speed.
			KeysetHandle key = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
			String wrapped = Base64.getEncoder().encodeToString(
					TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, associatedData(projectId)));
			ownTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into storage_key (project_id, wrapped_keyset, created_at) values (?, ?, ?)", projectId,
					wrapped, Timestamp.from(clock.instant())));
		}
		catch (DuplicateKeyException e) {
			// another upload of the same project created it first: use theirs
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot create a key for project " + projectId, e);
		}
		return wrapped(projectId);
	}

	/** Opens a wrapped key with the master key (also what a restored backup's key row would need). */
	StreamingAead unwrap(long projectId, String wrapped) {
		try {
			return TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(wrapped), master,
					associatedData(projectId)).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The key of project " + projectId + " does not open with the master key", e);
		}
	}
}
