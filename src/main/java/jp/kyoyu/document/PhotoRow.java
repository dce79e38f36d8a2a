package jp.kyoyu.document;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored {@link PhotoInfo} of one photo document (V60). */
@Entity
@Table(name = "document_photo")
class PhotoRow {

	@Id
	private Long documentId;

	private String photoClass;

	private String workType;

	private String workKind;

	private String workDetail;

	private String photoTitle;

	private boolean representative;

	private boolean frequencyRequired;

	private LocalDate takenOn;

	protected PhotoRow() {
	}

	PhotoRow(long documentId) {
		this.documentId = documentId;
	}

	void set(PhotoInfo info) {
		this.photoClass = info.photoClass();
		this.workType = info.workType();
		this.workKind = info.workKind();
		this.workDetail = info.workDetail();
		this.photoTitle = info.title();
		this.representative = info.representative();
		this.frequencyRequired = info.frequencyRequired();
		this.takenOn = info.takenOn();
	}

	PhotoInfo view() {
		return new PhotoInfo(photoClass, workType, workKind, workDetail, photoTitle, representative, frequencyRequired,
				takenOn);
	}

	long documentId() {
		return documentId;
	}
}
