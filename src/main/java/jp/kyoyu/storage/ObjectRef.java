package jp.kyoyu.storage;

/**
 * An object on disk: the encrypted contents {@code sha256} of project {@code projectId}, or, with no project, a
 * plaintext object from before encryption (waiting for {@link PlaintextMigration}).
 */
record ObjectRef(Long projectId, String sha256) {

	static ObjectRef of(long projectId, String sha256) {
		return new ObjectRef(projectId, sha256);
	}

	static ObjectRef plaintext(String sha256) {
		return new ObjectRef(null, sha256);
	}

	boolean encrypted() {
		return projectId != null;
	}
}
