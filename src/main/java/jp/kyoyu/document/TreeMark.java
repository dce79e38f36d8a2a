package jp.kyoyu.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Says the template was applied to the project, so deleting every folder does not bring the template back. */
@Entity
@Table(name = "document_tree")
class TreeMark {

	@Id
	private Long projectId;

	private Instant createdAt;

	protected TreeMark() {
	}

	TreeMark(long projectId, Instant now) {
		this.projectId = projectId;
		this.createdAt = now;
	}
}
