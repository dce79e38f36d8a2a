package jp.kyoyu.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of a user who is disabled or deleted, so that taking an account away takes effect
 * at once and not at the user's next login (ASVS 7.4.2).
 */
@Component
class SessionTermination {

	private final SessionRegistry sessions;

	SessionTermination(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(UserDisabled event) {
		expireSessionsOf(event.userId());
	}

	@EventListener
	void on(UserDeleted event) {
		expireSessionsOf(event.userId());
	}

	private void expireSessionsOf(String userId) {
		sessions.getAllPrincipals().stream()
			.filter(principal -> principal instanceof KyoyuPrincipal user && user.userId().equals(userId))
			.flatMap(principal -> sessions.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}
}
