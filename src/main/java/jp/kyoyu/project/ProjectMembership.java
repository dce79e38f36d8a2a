package jp.kyoyu.project;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/** Adding, re-assigning and removing members of a project whose access was already checked. */
@Component
class ProjectMembership {

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectMembership(IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	void add(Project project, String userId, ProjectRole role) {
		if (userId == null || userId.isBlank()) {
			throw new InvalidInputException("userId", Wording.of("project.member.user-missing"));
		}
		if (role == null) {
			throw new InvalidInputException("role", Wording.of("project.member.role-missing"));
		}
		UserAccount user = identity.find(userId.strip())
			.orElseThrow(() -> new InvalidInputException("userId", Wording.of("project.member.unknown-user", userId.strip())));
		project.member(user.userId()).ifPresent(existing -> {
			throw new InvalidInputException("userId", Wording.of("project.member.already",
					user.name(), existing.role().label()));
		});
		checkSide(user.name(), user.side(), role);
		project.addMember(user.userId(), role, clock.instant());
		events.publishEvent(new ProjectMemberAdded(project.id(), user.userId(), role));
	}

	void changeRole(Project project, String userId, ProjectRole role) {
		ProjectMember member = memberOf(project, userId);
		if (role == null) {
			throw new InvalidInputException("role", Wording.of("project.member.role-missing"));
		}
		// A member whose account is gone keeps the side of their current role.
		Optional<UserAccount> user = identity.find(userId);
		checkSide(user.map(UserAccount::name).orElse(userId),
				user.map(UserAccount::side).orElse(member.role().side()), role);
		ProjectRole before = member.role();
		if (before != role) {
			member.changeRole(role);
			events.publishEvent(new ProjectMemberRoleChanged(project.id(), userId, before, role));
		}
	}

	void remove(Project project, String userId) {
		ProjectMember member = memberOf(project, userId);
		if (member.role().side() == Side.AGENCY && project.agencyMemberCount() == 1) {
			throw new InvalidInputException("userId", Wording.of("project.member.last-agency-member"));
		}
		project.removeMember(member);
		events.publishEvent(new ProjectMemberRemoved(project.id(), userId, member.role()));
	}

	/** The members with their current names; three queries however many there are. */
	List<ProjectMemberView> views(Project project) {
		Map<String, UserAccount> users = identity.findAll().stream()
			.collect(Collectors.toMap(UserAccount::userId, Function.identity()));
		return project.members().stream()
			.map(member -> new ProjectMemberView(member.userId(), Optional.ofNullable(users.get(member.userId()))
				.map(UserAccount::name)
				.orElseGet(() -> Wording.of("project.user.deleted")), member.role()))
			.toList();
	}

	static void checkSide(String userName, Side side, ProjectRole role) {
		if (role.side() != side) {
			String sideName = Wording.of("project.side." + side.name());
			String roles = ProjectRole.of(side).stream().map(ProjectRole::label).collect(Collectors.joining("・"));
			throw new InvalidInputException("role", Wording.of("project.member.wrong-side", userName, sideName,
					role.label(), roles));
		}
	}

	private static ProjectMember memberOf(Project project, String userId) {
		return project.member(userId).orElseThrow(
				() -> new NotFoundException(Wording.of("project.member.not-a-member", userId)));
	}
}
