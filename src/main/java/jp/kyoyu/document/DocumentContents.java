package jp.kyoyu.document;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;

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
		return "書類";
	}
}
