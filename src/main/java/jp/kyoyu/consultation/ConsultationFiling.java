package jp.kyoyu.consultation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoyu.document.ConsultationFolders;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.storage.FileStore;
import jp.kyoyu.storage.StoredFile;

/**
 * Keeps a matter's material and comments together in its shared pre-consultation folder of the document tree
 * (S4.12): the material text, each comment (as a text file) and every file, each as a document of its own.
 * The folder gets copies, so deleting a document there leaves the matter whole and the other way round.
 */
@Component
class ConsultationFiling {

	static final String MATERIAL = "事前打合せ資料";

	static final String COMMENT = "事前打合せコメント";

	private final ConsultationFolders folders;

	private final ConsultationAccess access;

	private final FileStore files;

	ConsultationFiling(ConsultationFolders folders, ConsultationAccess access, FileStore files) {
		this.folders = folders;
		this.access = access;
		this.files = files;
	}

	void registered(Matter matter, String userId) {
		String text = matter.title() + "\n登録者：" + access.name(userId) + "\n\n" + matter.body();
		folders.file(folder(matter, userId), "資料：" + matter.title(), MATERIAL, List.of(text("資料.txt", text)),
				userId);
	}

	void commented(Matter matter, Comment comment, String userId) {
		String who = access.name(comment.authorUserId()) + "（" + DecisionStage.WHEN.format(comment.createdAt()) + "）";
		folders.file(folder(matter, userId), "コメント：" + who, COMMENT,
				List.of(text("コメント_" + comment.id() + ".txt", who + "\n\n" + comment.body())), userId);
	}

	void fileAdded(Matter matter, MatterFile file, String userId) {
		StoredFile copy = files.copy(file.fileId());
		boolean material = file.commentId() == null;
		folders.file(folder(matter, userId), (material ? "資料ファイル：" : "コメント添付：") + file.name(),
				material ? MATERIAL : COMMENT, List.of(copy), userId);
	}

	private long folder(Matter matter, String userId) {
		FolderView folder = folders.folderFor(matter.projectId(), matter.id(), matter.title(), userId);
		return folder.id();
	}

	private StoredFile text(String name, String content) {
		return files.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, "text/plain");
	}
}
