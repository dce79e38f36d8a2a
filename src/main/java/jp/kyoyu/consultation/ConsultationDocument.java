package jp.kyoyu.consultation;

import java.util.List;

import jp.kyoyu.storage.StoredFile;

/** One document for a matter's shared folder: its title, category (事前打合せ資料/コメント) and stored files. */
public record ConsultationDocument(long projectId, long matterId, String matterTitle, String title, String category,
		List<StoredFile> files) {

	public ConsultationDocument {
		files = List.copyOf(files);
	}
}
