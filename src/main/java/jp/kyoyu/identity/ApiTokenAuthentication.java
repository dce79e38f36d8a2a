package jp.kyoyu.identity;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated by a personal API token: the holder, with the holder's authorities. Its own type so that
 * making a new token can refuse it ({@link #isApiToken}): a stolen token must not mint itself a longer-lived heir.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final KyoyuPrincipal holder;

	ApiTokenAuthentication(KyoyuPrincipal holder, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.holder = holder;
		setAuthenticated(true);
	}

	/** Whether {@code authentication} came from an API token rather than a password or a session. */
	public static boolean isApiToken(Authentication authentication) {
		return authentication instanceof ApiTokenAuthentication;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public KyoyuPrincipal getPrincipal() {
		return holder;
	}
}
