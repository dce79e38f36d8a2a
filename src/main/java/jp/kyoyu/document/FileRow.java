package jp.kyoyu.document;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.storage.StoredFile;

/** A stored file (claimed by this module) linked to a document at a position. */
@Entity
@Table(name = "document_file")
class FileRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long documentId;

	private int position;

	private long fileId;

	private String name;

	private long size;

	private String sha256;

	private String contentType;

	protected FileRow() {
	}

	FileRow(long documentId, int position, StoredFile file) {
		this.documentId = documentId;
		this.position = position;
		this.fileId = file.id();
		this.name = file.name();
		this.size = file.size();
		this.sha256 = file.sha256();
		this.contentType = file.contentType();
	}

	DocumentFile view() {
		return new DocumentFile(id, fileId, position, name, size, sha256, contentType);
	}

	long id() {
		return id;
	}

	long documentId() {
		return documentId;
	}

	long fileId() {
		return fileId;
	}
}
