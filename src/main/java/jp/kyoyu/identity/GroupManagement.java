package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;

/**
 * Groups of users, stored as Camunda groups so that BPMN candidate groups, Tasklist filters and Camunda
 * authorizations speak of the same groups the administrator edits here.
 */
@Service
@Transactional
public class GroupManagement {

	private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

	private final IdentityService camunda;

	private final ApplicationEventPublisher events;

	private final IdentityTexts texts;

	GroupManagement(IdentityService camunda, ApplicationEventPublisher events, IdentityTexts texts) {
		this.camunda = camunda;
		this.events = events;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public List<GroupView> findAll() {
		return camunda.createGroupQuery().orderByGroupId().asc().list().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	public GroupView get(String groupId) {
		Group group = camunda.createGroupQuery().groupId(groupId).singleResult();
		if (group == null) {
			throw new NotFoundException(texts.get("group.notFound", groupId));
		}
		return toView(group);
	}

	public GroupView create(String groupId, String name) {
		List<FieldProblem> problems = new ArrayList<>();
		if (groupId == null || !GROUP_ID.matcher(groupId).matches()) {
			problems.add(new FieldProblem("groupId", texts.get("group.problem.groupId")));
		}
		else if (camunda.createGroupQuery().groupId(groupId).count() > 0) {
			problems.add(new FieldProblem("groupId", texts.get("group.problem.groupIdTaken", groupId)));
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			problems.add(new FieldProblem("name", texts.get("group.problem.name")));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "name", texts.get("group.label.name"), name);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Group group = camunda.newGroup(groupId);
		group.setName(name.strip());
		group.setType("WORKFLOW");
		camunda.saveGroup(group);
		events.publishEvent(new GroupChanged(groupId, texts.get("group.audit.created", name.strip())));
		return get(groupId);
	}

	public void delete(String groupId) {
		get(groupId);
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException(texts.get("group.refused.builtIn", groupId));
		}
		camunda.deleteGroup(groupId);
		events.publishEvent(new GroupChanged(groupId, texts.get("group.audit.deleted")));
	}

	public void addMember(String groupId, String userId) {
		get(groupId);
		if (camunda.createUserQuery().userId(userId).count() == 0) {
			throw new InvalidInputException("userId", texts.get("group.problem.unknownUser", userId));
		}
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException(texts.get("group.refused.builtInMembers"));
		}
		if (camunda.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			camunda.createMembership(userId, groupId);
			events.publishEvent(new GroupChanged(groupId, texts.get("group.audit.memberAdded", userId)));
		}
	}

	public void removeMember(String groupId, String userId) {
		get(groupId);
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException(texts.get("group.refused.builtInMembers"));
		}
		camunda.deleteMembership(userId, groupId);
		events.publishEvent(new GroupChanged(groupId, texts.get("group.audit.memberRemoved", userId)));
	}

	/** Groups whose membership follows a user's side or administrator permission. */
	public static boolean isBuiltIn(String groupId) {
		return CamundaGroups.ADMINISTRATORS.equals(groupId) || CamundaGroups.sideGroups().contains(groupId);
	}

	private GroupView toView(Group group) {
		List<String> members = camunda.createUserQuery().memberOfGroup(group.getId()).orderByUserId().asc().list()
			.stream().map(user -> user.getId()).toList();
		return new GroupView(group.getId(), group.getName(), isBuiltIn(group.getId()), members);
	}
}
