package jp.kyoyu.erasure;

/** The stages of a project's erasure, each persisted before the work of the next begins. */
public enum ErasureStatus {
	/** Waiting for its date (or a manual run). */
	SCHEDULED,
	/** Read-only and hidden; nothing erased yet. */
	FROZEN,
	/** Modules are erasing; a crash leaves it here and the next run continues. */
	ERASING,
	/** Done; only the erasure record (certificate data) remains. */
	ERASED
}
