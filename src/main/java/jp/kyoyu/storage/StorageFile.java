package jp.kyoyu.storage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One use of a stored object: its bytes are found by {@code sha256}, never by the name. */
@Entity
@Table(name = "storage_file")
class StorageFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sha256;

	private long size;

	private String name;

	private String contentType;

	@Enumerated(EnumType.STRING)
	private FileState state;

	private Instant createdAt;

	protected StorageFile() {
	}

	StorageFile(String sha256, long size, String name, String contentType, Instant createdAt) {
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

	FileState state() {
		return state;
	}

	void claim() {
		state = FileState.CLAIMED;
	}

	/** Another use of the same object: a PENDING row of its own with the same bytes, name and type. */
	StorageFile copy(Instant now) {
		return new StorageFile(sha256, size, name, contentType, now);
	}

	StoredFile view() {
		return new StoredFile(id, sha256, size, name, contentType);
	}
}
