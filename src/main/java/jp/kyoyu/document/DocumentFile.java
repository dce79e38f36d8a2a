package jp.kyoyu.document;

/**
 * One file of a document, in order ({@code position} from 1). {@code fileId} is the storage module's id
 * ({@code FileStore.open(fileId)} gives the bytes); {@code name} is the original file name as shown.
 */
public record DocumentFile(long id, long fileId, int position, String name, long size, String sha256,
		String contentType) {
}
