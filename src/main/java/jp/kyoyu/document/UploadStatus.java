package jp.kyoyu.document;

/**
 * Where a resumable upload stands (S5.8): {@code offset} bytes of {@code size} have arrived; once finished,
 * {@code sha256} is the hash of the whole file as stored. Give {@code id} in {@code uploadIds} to register it.
 */
public record UploadStatus(String id, long projectId, String name, long size, long offset, boolean finished,
		String sha256) {
}
