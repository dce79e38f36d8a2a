package jp.kyoyu.shared;

/**
 * A domain event that the audit trail records. Modules publish their past-tense events; the audit module
 * listens to this one type, so no module has to know the audit module exists.
 */
public interface AuditableEvent {

	/** What happened, as a stable code such as {@code user.created} (shown translated in the audit view). */
	String action();

	/** What it happened to, e.g. a user id or {@code project:12}. */
	String target();

	/** Human-readable detail (Japanese), never a password or other secret. */
	default String detail() {
		return "";
	}

	/** Who did it, when the actor is not the logged-in user (e.g. a failed login); {@literal null} otherwise. */
	default String actor() {
		return null;
	}

	default boolean succeeded() {
		return true;
	}
}
