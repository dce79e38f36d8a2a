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

	GroupManagement(IdentityService camunda, ApplicationEventPublisher events) {
		this.camunda = camunda;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<GroupView> findAll() {
		return camunda.createGroupQuery().orderByGroupId().asc().list().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	public GroupView get(String groupId) {
		Group group = camunda.createGroupQuery().groupId(groupId).singleResult();
		if (group == null) {
			throw new NotFoundException("グループ「" + groupId + "」は見つかりません。");
		}
		return toView(group);
	}

	public GroupView create(String groupId, String name) {
		List<FieldProblem> problems = new ArrayList<>();
		if (groupId == null || !GROUP_ID.matcher(groupId).matches()) {
			problems.add(new FieldProblem("groupId",
					"グループIDは半角英数字で始まる2〜64文字（英数字と . _ - が使えます）で入力してください。"));
		}
		else if (camunda.createGroupQuery().groupId(groupId).count() > 0) {
			problems.add(new FieldProblem("groupId", "グループID「" + groupId + "」は既に使われています。"));
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			problems.add(new FieldProblem("name", "グループ名を100文字以内で入力してください。"));
		}
		jp.kyoyu.shared.CleanText.checkLine(problems, "name", "グループ名", name);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Group group = camunda.newGroup(groupId);
		group.setName(name.strip());
		group.setType("WORKFLOW");
		camunda.saveGroup(group);
		events.publishEvent(new GroupChanged(groupId, "作成: " + name.strip()));
		return get(groupId);
	}

	public void delete(String groupId) {
		get(groupId);
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException("グループ「" + groupId + "」はシステムが使うため削除できません。");
		}
		camunda.deleteGroup(groupId);
		events.publishEvent(new GroupChanged(groupId, "削除"));
	}

	public void addMember(String groupId, String userId) {
		get(groupId);
		if (camunda.createUserQuery().userId(userId).count() == 0) {
			throw new InvalidInputException("userId", "ユーザー「" + userId + "」は登録されていません。");
		}
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException("このグループの所属は利用者の区分と権限で決まります。利用者の編集画面で変更してください。");
		}
		if (camunda.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			camunda.createMembership(userId, groupId);
			events.publishEvent(new GroupChanged(groupId, "追加: " + userId));
		}
	}

	public void removeMember(String groupId, String userId) {
		get(groupId);
		if (isBuiltIn(groupId)) {
			throw new ForbiddenException("このグループの所属は利用者の区分と権限で決まります。利用者の編集画面で変更してください。");
		}
		camunda.deleteMembership(userId, groupId);
		events.publishEvent(new GroupChanged(groupId, "削除: " + userId));
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
