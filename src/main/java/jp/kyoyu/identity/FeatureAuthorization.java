package jp.kyoyu.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one check of function rights for every request (C8.1, C8.3): a logged-in user passes when each module's
 * {@link RequestRights} that is about the request is satisfied by the user's current level ({@link FeatureRights}).
 * Requests no module declares only need a login. A refusal carries the Japanese message naming the function; the
 * access-denied handlers show it ({@link #refusalMessage}).
 */
@Component
class FeatureAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	/** A refusal that says which function and level were missing. */
	static final class FeatureRefusal extends AuthorizationDecision {

		private final String message;

		FeatureRefusal(String message) {
			super(false);
			this.message = message;
		}

		String message() {
			return message;
		}
	}

	private final List<RequestRights> declarations;

	private final FeatureRights rights;

	private final MessageSource messages;

	FeatureAuthorization(List<RequestRights> declarations, FeatureRights rights, MessageSource messages) {
		this.declarations = declarations;
		this.rights = rights;
		this.messages = messages;
	}

	@Override
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return new AuthorizationDecision(false);
		}
		HttpServletRequest request = context.getRequest();
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		// The decoded path, as the controllers and servlets see it: an encoded letter cannot slip past a rule.
		PathContainer path = PathContainer.parsePath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
		for (RequestRights declaration : declarations) {
			Optional<AccessLevel> needed = declaration.needed(method, path);
			if (needed.isPresent()) {
				AccessLevel level = rights.levelOf(user.getName(), declaration.feature());
				if (!level.allows(needed.get())) {
					return new FeatureRefusal(refusal(declaration.feature(), level));
				}
			}
		}
		return new AuthorizationDecision(true);
	}

	/** The refusal's own message when {@code exception} comes from this check. */
	static Optional<String> refusalMessage(AccessDeniedException exception) {
		return exception instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof FeatureRefusal refusal
						? Optional.of(refusal.message()) : Optional.empty();
	}

	/** Says what the user lacks: the function altogether, or (when they may read) the right to change. */
	private String refusal(Feature feature, AccessLevel held) {
		// Japanese whatever the browser asks for, like the rest of the API's errors.
		String name = messages.getMessage("feature." + feature.name(), null, feature.name(), Locale.JAPANESE);
		String key = held == AccessLevel.NONE ? "rights.refused.read" : "rights.refused.write";
		return messages.getMessage(key, new Object[] { name }, Locale.JAPANESE);
	}
}
