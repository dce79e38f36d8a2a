package jp.kyoyu.document;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;
import jp.kyoyu.shared.Wording;

/** A project with documents is not deleted one click away (see {@link ProjectContents}). */
@Component
class DocumentContents implements ProjectContents {

	private final DocumentEntryRepository documents;

	DocumentContents(DocumentEntryRepository documents) {
		this.documents = documents;
	}

	@Override
	public long count(long projectId) {
		return documents.countByProjectId(projectId);
	}

	@Override
	public String label() {
		return Wording.of("document.contents.documents");
	}
}
