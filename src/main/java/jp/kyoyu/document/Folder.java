package jp.kyoyu.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A folder of a project's tree; siblings are ordered by {@code position}. */
@Entity
@Table(name = "document_folder")
class Folder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private long projectId;

	private Long parentId;

	private String name;

	private int position;

	private String code;

	private Instant createdAt;

	protected Folder() {
	}

	Folder(long projectId, Long parentId, String name, int position, String code, Instant now) {
		this.projectId = projectId;
		this.parentId = parentId;
		this.name = name;
		this.position = position;
		this.code = code;
		this.createdAt = now;
	}

	FolderView view() {
		return new FolderView(id, projectId, parentId, name, position, code, version);
	}

	void rename(String name) {
		this.name = name;
	}

	void moveTo(Long parentId, int position) {
		this.parentId = parentId;
		this.position = position;
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	Long parentId() {
		return parentId;
	}

	String name() {
		return name;
	}

	String code() {
		return code;
	}

	int position() {
		return position;
	}

	long version() {
		return version;
	}
}
