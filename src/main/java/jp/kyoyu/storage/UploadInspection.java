package jp.kyoyu.storage;

import java.nio.file.Path;

/**
 * A look at an upload's bytes after they have arrived and before the file is stored, by a module that storage
 * does not know (G-2's search for personal numbers is one). An inspection refuses by throwing; the upload is
 * then discarded and nothing is stored.
 */
public interface UploadInspection {

	/**
	 * Whether {@link #inspect} should see this upload. Uploads arrive encrypted in one pass; a plaintext copy is
	 * written only for an inspection that answers true here, so answer false for what you would not open (say so
	 * by name, type and size).
	 */
	default boolean wants(String name, String contentType, long size) {
		return true;
	}

	/**
	 * @param content the complete upload in a temporary file, to be read only
	 * @param name the user's file name, already checked for control and bidi characters
	 */
	void inspect(Path content, String name, String contentType);
}
