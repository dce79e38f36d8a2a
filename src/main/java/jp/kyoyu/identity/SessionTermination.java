package jp.kyoyu.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the open sessions of a user who is disabled or deleted, so that taking an account away takes effect
 * at once and not at the user's next login (ASVS 7.4.2); and after a password change, so that whoever else
 * knew the old password is out at once (ASVS 7.4.3).
 */
@Component
class SessionTermination {

	private final SessionRegistry sessions;

	SessionTermination(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(UserDisabled event) {
		expireSessionsOf(event.userId(), null);
	}

	@EventListener
	void on(UserDeleted event) {
		expireSessionsOf(event.userId(), null);
	}

	/**
	 * One's own change keeps the session it was made in (the user stays where they are) and ends the others;
	 * an administrator's reset ends them all, since the reset usually means the account was not in safe hands.
	 */
	@EventListener
	void on(PasswordChanged event) {
		expireSessionsOf(event.userId(), event.byAdministrator() ? null : currentSessionId());
	}

	/** The sessions are found by user id in the shared session table: those on other nodes end too. */
	private void expireSessionsOf(String userId, String keptSessionId) {
		sessions.getAllSessions(userId, false)
			.stream()
			.filter(session -> !session.getSessionId().equals(keptSessionId))
			.forEach(SessionInformation::expireNow);
	}

	/** The session of the request that made the change, if it was made in one (not over HTTP Basic). */
	private static String currentSessionId() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return null;
		}
		HttpSession session = request.getRequest().getSession(false);
		return session == null ? null : session.getId();
	}
}
