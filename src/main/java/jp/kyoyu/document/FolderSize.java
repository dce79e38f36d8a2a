package jp.kyoyu.document;

/** What deleting a folder would take with it: the folders below it and the documents in all of them. */
public record FolderSize(int subfolders, int documents) {

	public boolean empty() {
		return subfolders == 0 && documents == 0;
	}
}
