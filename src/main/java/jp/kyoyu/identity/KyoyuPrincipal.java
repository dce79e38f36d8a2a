package jp.kyoyu.identity;

import java.io.Serializable;
import java.security.Principal;

/**
 * The logged-in user. Its {@link #getName()} is the Camunda user id, which is what Camunda's container-based
 * authentication reads from {@code request.getUserPrincipal()}.
 */
public record KyoyuPrincipal(String userId, String displayName, Side side) implements Principal, Serializable {

	@Override
	public String getName() {
		return userId;
	}
}
