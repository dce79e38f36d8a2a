package jp.kyoyu.consultation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * Keeps a matter's material and comments together in its shared pre-consultation folder of the document tree
 * (S4.12): the material text, each comment (as a text file) and every file, each as a document of its own.
 * The folder gets copies, so deleting a document there leaves the matter whole and the other way round.
 */
@Component
class ConsultationFiling {

	private final ConsultationFolder folder;

	private final ConsultationAccess access;

	private final FileStore files;

	private final ConsultationWording wording;

	ConsultationFiling(ConsultationFolder folder, ConsultationAccess access, FileStore files,
			ConsultationWording wording) {
		this.folder = folder;
		this.access = access;
		this.files = files;
		this.wording = wording;
	}

	void registered(Matter matter, String userId) {
		String text = wording.recorded("consultation.filing.materialText", matter.title(), access.name(userId),
				matter.body());
		file(matter, wording.recorded("consultation.filing.materialTitle", matter.title()), material(),
				text(matter, wording.recorded("consultation.filing.materialFileName"), text), userId);
	}

	void commented(Matter matter, Comment comment, String userId) {
		String who = wording.recorded("consultation.filing.commentAuthor", access.name(comment.authorUserId()),
				DecisionStage.WHEN.format(comment.createdAt()));
		String name = wording.recorded("consultation.filing.commentFileName", String.valueOf(comment.id()));
		file(matter, wording.recorded("consultation.filing.commentTitle", who), comment(),
				text(matter, name, who + "\n\n" + comment.body()), userId);
	}

	void fileAdded(Matter matter, MatterFile file, String userId) {
		StoredFile copy = files.copy(file.fileId(), matter.projectId());
		boolean material = file.commentId() == null;
		String title = wording.recorded(material ? "consultation.filing.materialFile" : "consultation.filing.commentFile",
				file.name());
		file(matter, title, material ? material() : comment(), copy, userId);
	}

	private void file(Matter matter, String title, String category, StoredFile stored, String userId) {
		folder.file(new ConsultationDocument(matter.projectId(), matter.id(), matter.title(), title, category,
				List.of(stored)), userId);
	}

	private String material() {
		return wording.recorded("consultation.filing.materialCategory");
	}

	private String comment() {
		return wording.recorded("consultation.filing.commentCategory");
	}

	private StoredFile text(Matter matter, String name, String content) {
		return files.store(matter.projectId(), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, "text/plain");
	}
}
