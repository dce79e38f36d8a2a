package jp.kyoyu.storage;

/** Whether an owner has linked a stored file to something yet. */
enum FileState {

	/** Uploaded, not linked: removed by the cleanup once older than {@code kyoyu.storage.pending-ttl}. */
	PENDING,

	/** Linked by its owner: kept until the owner releases it. */
	CLAIMED
}
