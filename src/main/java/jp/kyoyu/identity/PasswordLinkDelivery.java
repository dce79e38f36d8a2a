package jp.kyoyu.identity;

/**
 * Delivers a one-time password link to its user; the notification module sends it as a mail. Called at once,
 * not through a persisted event: the event registry would keep the live token in the database.
 */
public interface PasswordLinkDelivery {

	/** Sends the link; throws when it could not be sent, so the administrator is told. */
	void deliver(PasswordLinkMail mail);
}
