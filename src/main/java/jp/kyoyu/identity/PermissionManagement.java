package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.ForbiddenException;

/**
 * What a user may do, per function (C8.3): the grants an administrator sets, the defaults of a new account and
 * the authorities a login carries. Administration rights also decide membership of Camunda's administrator group,
 * so Camunda Admin follows the same switch. The level in force on each request is read by {@link FeatureRights}.
 */
@Service
@Transactional
public class PermissionManagement {

	private final IdentityService camunda;

	private final IdentityManagement identity;

	private final PermissionGrantRepository grants;

	private final ApplicationEventPublisher events;

	private final IdentityTexts texts;

	PermissionManagement(IdentityService camunda, IdentityManagement identity, PermissionGrantRepository grants,
			ApplicationEventPublisher events, IdentityTexts texts) {
		this.camunda = camunda;
		this.identity = identity;
		this.grants = grants;
		this.events = events;
		this.texts = texts;
	}

	public void setPermissions(String userId, Map<Feature, AccessLevel> permissions, String actingUserId) {
		identity.get(userId);
		if (userId.equals(actingUserId) && !permissions.getOrDefault(Feature.ADMIN, AccessLevel.NONE)
			.allows(AccessLevel.WRITE)) {
			throw new ForbiddenException(texts.get("user.refused.dropOwnAdministration"));
		}
		grants.deleteByUserId(userId);
		permissions.forEach((feature, level) -> {
			if (level != AccessLevel.NONE) {
				grants.save(new PermissionGrant(userId, feature, level));
			}
		});
		boolean administrator = permissions.getOrDefault(Feature.ADMIN, AccessLevel.NONE).allows(AccessLevel.WRITE);
		boolean wasAdministrator = camunda.createUserQuery().userId(userId)
			.memberOfGroup(CamundaGroups.ADMINISTRATORS).count() > 0;
		if (administrator && !wasAdministrator) {
			camunda.createMembership(userId, CamundaGroups.ADMINISTRATORS);
		}
		else if (!administrator && wasAdministrator) {
			camunda.deleteMembership(userId, CamundaGroups.ADMINISTRATORS);
		}
		events.publishEvent(new PermissionsChanged(userId, permissions.toString()));
	}

	/** A new account's grants: read/write everywhere but administration, which only an administrator gets. */
	static Map<Feature, AccessLevel> defaults(boolean administrator) {
		Map<Feature, AccessLevel> permissions = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			permissions.put(feature, feature == Feature.ADMIN ? AccessLevel.NONE : AccessLevel.WRITE);
		}
		if (administrator) {
			permissions.put(Feature.ADMIN, AccessLevel.MANAGE);
		}
		return permissions;
	}

	/** Authorities for Spring Security: {@code FEATURE_LEVEL} for the granted level and every level below. */
	static Collection<GrantedAuthority> authoritiesOf(UserAccount user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("SIDE_" + user.side().name()));
		user.permissions().forEach((feature, level) -> {
			for (AccessLevel granted : AccessLevel.values()) {
				if (granted != AccessLevel.NONE && level.allows(granted)) {
					authorities.add(new SimpleGrantedAuthority(AccessLevel.authority(feature, granted)));
				}
			}
		});
		return authorities;
	}
}
