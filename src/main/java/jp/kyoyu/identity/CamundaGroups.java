package jp.kyoyu.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda groups every installation has, and the authorizations that make the webapps safe with
 * authorization checks on: administrators may do everything; agency and contractor users may open Tasklist
 * and read process definitions and people's names, and see a task only when it is theirs (Camunda grants that per
 * task);
 * only the agency side may open Cockpit. Created on start, idempotently.
 */
@Component
class CamundaGroups {

	/** Camunda's own administrators' group name, which Camunda Admin recognises. */
	static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final IdentityTexts texts;

	CamundaGroups(IdentityService identity, AuthorizationService authorizations, IdentityTexts texts) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.texts = texts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void ensureGroupsAndAuthorizations() {
		ensureGroup(ADMINISTRATORS, texts.get("group.name.administrators"), Groups.GROUP_TYPE_SYSTEM);
		for (Side side : Side.values()) {
			ensureGroup(side.groupId(), texts.get("side." + side.name()), "WORKFLOW");
		}

		for (Resource resource : Resources.values()) {
			grant(ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
		}
		for (Side side : Side.values()) {
			grant(side.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(side.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
			grant(side.groupId(), Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
			grant(side.groupId(), Resources.FILTER, Authorization.ANY, Permissions.READ);
			// Tasklist and Cockpit show the assignee by name only to who may read the user (issue #22); e-mail
			// addresses are taken out of those answers by CamundaNamesOnly, changes refused by CamundaSelfServiceGuard
			grant(side.groupId(), Resources.USER, Authorization.ANY, Permissions.READ);
		}
		grant(Side.AGENCY.groupId(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		OwnAccountReadOnly.narrowExistingGrants(authorizations);
	}

	private void ensureGroup(String id, String name, String type) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			identity.saveGroup(group);
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		boolean present = authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.anyMatch(existing -> existing.isPermissionGranted(permission));
		if (!present) {
			Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			authorizations.saveAuthorization(authorization);
		}
	}

	static List<String> sideGroups() {
		return List.of(Side.AGENCY.groupId(), Side.CONTRACTOR.groupId());
	}
}
