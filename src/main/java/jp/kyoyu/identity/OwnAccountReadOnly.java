package jp.kyoyu.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's default gives every new user ALL on their own user record, which lets them change their password
 * (bypassing the policy and history), rename themselves and delete their account through the engine REST API.
 * Kyoyu gives them READ only: Tasklist and Cockpit still show their name, and every change goes through Kyoyu's
 * user administration. {@link CamundaSelfServiceGuard} refuses such calls at the door as well; this closes it at
 * the source, also for engine calls that do not come over HTTP.
 */
class OwnAccountReadOnly extends DefaultAuthorizationProvider {

	private static final Logger log = LoggerFactory.getLogger(OwnAccountReadOnly.class);

	@Override
	public AuthorizationEntity[] newUser(User user) {
		return new AuthorizationEntity[] {
				createAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ) };
	}

	/**
	 * Users created before this rule still hold ALL on their own record: narrowed to READ on start, idempotently
	 * (an administrator's grant on another user's record is left alone).
	 */
	static int narrowExistingGrants(AuthorizationService authorizations) {
		List<Authorization> own = authorizations.createAuthorizationQuery()
			.resourceType(Resources.USER)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.list()
			.stream()
			.filter(grant -> grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId()))
			.filter(grant -> grant.isPermissionGranted(Permissions.UPDATE) || grant.isPermissionGranted(Permissions.DELETE))
			.toList();
		for (Authorization grant : own) {
			grant.setPermissions(new Permissions[] { Permissions.READ });
			authorizations.saveAuthorization(grant);
		}
		if (!own.isEmpty()) {
			log.info("Narrowed {} users' grants on their own Camunda user record to READ", own.size());
		}
		return own.size();
	}
}
