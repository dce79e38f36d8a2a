package jp.kyoyu.shared;

/**
 * Which {@link DateStyle} the person being answered chose. Implemented by identity, which keeps the choice with the
 * user; an interface here so that the page dialect and the print code of any module can ask without depending on
 * identity's internals.
 */
public interface DateStyles {

	/** The signed-in user's style; the default when nobody is signed in (login page, mails, jobs). */
	DateStyle current();
}
