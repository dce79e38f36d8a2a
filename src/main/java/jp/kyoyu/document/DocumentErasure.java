package jp.kyoyu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/** Erases the project's folder tree, documents with their files and approval records, and uploads in progress. */
@Component
class DocumentErasure implements ProjectErasure {

	private static final String OF_PROJECT = " where document_id in (select id from document_entry where project_id = ?)";

	private final JdbcTemplate jdbc;

	private final UploadBytes parts;

	DocumentErasure(JdbcTemplate jdbc, UploadBytes parts) {
		this.jdbc = jdbc;
		this.parts = parts;
	}

	@Override
	public String step() {
		return "document";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> files = new ArrayList<>(
				jdbc.queryForList("select file_id from document_file" + OF_PROJECT, Long.class, projectId));
		files.addAll(jdbc.queryForList("select file_id from document_upload where project_id = ? and file_id is not null",
				Long.class, projectId));
		List<String> targets = new ArrayList<>();
		jdbc.queryForList("select id from document_entry where project_id = ?", Long.class, projectId)
			.forEach(id -> targets.add("document:" + id));
		jdbc.queryForList("select id from document_folder where project_id = ?", Long.class, projectId)
			.forEach(id -> targets.add("folder:" + id));
		for (String upload : jdbc.queryForList("select id from document_upload where project_id = ?", String.class,
				projectId)) {
			parts.erase(upload);
		}
		long uploads = jdbc.update("delete from document_upload where project_id = ?", projectId);
		jdbc.update("delete from document_file" + OF_PROJECT, projectId);
		long approvals = jdbc.update("delete from document_approval" + OF_PROJECT, projectId);
		long documents = jdbc.update("delete from document_entry where project_id = ?", projectId);
		// Folders point at their parents; unlinking first lets one statement delete the tree on any database.
		jdbc.update("update document_folder set parent_id = null where project_id = ?", projectId);
		long folders = jdbc.update("delete from document_folder where project_id = ?", projectId);
		jdbc.update("delete from document_tree where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("document.contents.documents"), documents,
				Wording.japanese("document.erased.folders"), folders,
				Wording.japanese("document.erased.approvals"), approvals,
				Wording.japanese("document.erased.uploads"), uploads), files, targets);
	}
}
