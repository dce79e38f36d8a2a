package jp.kyoyu.storage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One use of a stored object: its bytes are found by {@code projectId} and {@code sha256}, never by the name.
 * {@code encrypted} is false only for rows from before encryption whose plaintext object the
 * {@link PlaintextMigration} has not yet moved into the project's area.
 */
@Entity
@Table(name = "storage_file")
class StorageFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private boolean encrypted;

	private String sha256;

	private long size;

	private String name;

	private String contentType;

	@Enumerated(EnumType.STRING)
	private FileState state;

	private Instant createdAt;

	protected StorageFile() {
	}

	StorageFile(long projectId, String sha256, long size, String name, String contentType, Instant createdAt) {
		this.projectId = projectId;
		this.encrypted = true;
		this.sha256 = sha256;
		this.size = size;
		this.name = name;
		this.contentType = contentType;
		this.state = FileState.PENDING;
		this.createdAt = createdAt;
	}

	long id() {
		return id;
	}

	String sha256() {
		return sha256;
	}

	/** Where the bytes are: the project's encrypted object, or the plaintext one from before encryption. */
	ObjectRef object() {
		return encrypted ? ObjectRef.of(projectId(), sha256) : ObjectRef.plaintext(sha256);
	}

	/** Rows no owner claimed before the migration have no project: they use the system scope. */
	long projectId() {
		return projectId == null ? ProjectKeys.SYSTEM_SCOPE : projectId;
	}

	long size() {
		return size;
	}

	FileState state() {
		return state;
	}

	void claim() {
		state = FileState.CLAIMED;
	}

	/** Another use of the same object: a PENDING row of its own with the same bytes, name and type. */
	StorageFile copy(Instant now) {
		StorageFile copy = copyTo(projectId(), now);
		copy.projectId = projectId;
		copy.encrypted = encrypted;
		return copy;
	}

	/** The same bytes, name and type in another project's area (encrypted with that project's key). */
	StorageFile copyTo(long targetProjectId, Instant now) {
		return new StorageFile(targetProjectId, sha256, size, name, contentType, now);
	}

	StoredFile view() {
		return new StoredFile(id, sha256, size, name, contentType);
	}
}
