package jp.kyoyu.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.shared.Wording;

/**
 * Whom a deputy reaches (C4.21, issue #15): a step is offered to a deputy only when the deputy may see its project —
 * a member of the project, on the same side as the holder. An absent supervisor may name a colleague who works on
 * other projects; that colleague stands in on the projects they share and never sees the others' titles, projects
 * or proposers. The absence page says which projects the chosen deputy will not reach. A deputy whose WORKFLOW
 * right is below WRITE (or who is disabled) reaches no project: the rights would refuse them the step, which then
 * would wait for someone who cannot act on it.
 */
@Component
class DeputyReach {

	private static final Logger log = LoggerFactory.getLogger(DeputyReach.class);

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final FeatureRights rights;

	DeputyReach(ProjectManagement projects, IdentityManagement identity, TaskService tasks,
			AuthorizationService authorizations, FeatureRights rights) {
		this.rights = rights;
		this.authorizations = authorizations;
		this.projects = projects;
		this.identity = identity;
		this.tasks = tasks;
	}

	/** Whether {@code deputy} may stand in for {@code holder} on a step of the project. */
	boolean reaches(long projectId, String holder, String deputy) {
		return mayAct(deputy) && projects.isMember(projectId, deputy) && sameSide(holder, deputy);
	}

	/** Whether the user may act on a step at all: WORKFLOW WRITE (a disabled user has no right). */
	boolean mayAct(String userId) {
		return rights.allows(userId, Feature.WORKFLOW, AccessLevel.WRITE);
	}

	/** The names of the holder's projects the deputy would not reach, in the holder's project order. */
	List<String> unreached(String holder, String deputy) {
		boolean sameSide = sameSide(holder, deputy) && mayAct(deputy);
		return projects.projectsOf(holder).stream()
			.filter(project -> !sameSide || !projects.isMember(project.id(), deputy))
			.map(ProjectSummary::name)
			.toList();
	}

	/** The warning shown when the deputy does not reach all of the holder's projects; empty when they do. */
	Optional<String> warning(String holder, String deputy) {
		if (deputy == null || deputy.isBlank()) {
			return Optional.empty();
		}
		String deputyName = identity.find(deputy).map(UserAccount::name).orElse(deputy);
		if (!mayAct(deputy)) {
			return Optional.of(Wording.of("workflow.deputy.noRight", deputyName));
		}
		List<String> names = unreached(holder, deputy);
		if (names.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Wording.of("workflow.deputy.notMember", deputyName, String.join("、", names)));
	}

	/**
	 * Removes the candidate users (deputies) of the task who do not reach its project, with the task authorization
	 * Camunda gave them as candidates (removing a candidate alone leaves it: Tasklist would still list the task).
	 */
	void keepReachingDeputies(Task task, long projectId, List<? extends IdentityLink> links) {
		for (IdentityLink link : links) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null
					&& !reaches(projectId, task.getAssignee(), link.getUserId())) {
				withdraw(task, link.getUserId());
			}
		}
	}

	/** The deputy no longer stands in on the task: the candidate goes, with the task authorization it was given. */
	void withdraw(Task task, String deputy) {
		tasks.deleteCandidateUser(task.getId(), deputy);
		authorizations.createAuthorizationQuery().userIdIn(deputy).resourceType(Resources.TASK)
			.resourceId(task.getId()).list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
	}

	/**
	 * Deputies offered a step before this rule existed keep seeing it in Tasklist (Camunda grants candidates the
	 * task): on start, the open steps with deputies are checked once and outsiders are removed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void removeOutsidersFromOpenSteps() {
		List<Task> withDeputies = tasks.createTaskQuery()
			.processDefinitionKeyIn(ApprovalProcess.KEY, ApprovalProcess.POST_REVIEW_KEY)
			.withCandidateUsers()
			.includeAssignedTasks() // every step has its holder as assignee; without this the query finds none
			.list();
		for (Task task : withDeputies) {
			Object projectId = tasks.getVariable(task.getId(), ApprovalProcess.PROJECT_ID);
			if (projectId instanceof Number number) {
				keepReachingDeputies(task, number.longValue(), tasks.getIdentityLinksForTask(task.getId()));
			}
		}
		if (!withDeputies.isEmpty()) {
			log.info("Checked the deputies of {} open steps against their projects", withDeputies.size());
		}
	}

	private boolean sameSide(String holder, String deputy) {
		Optional<UserAccount> a = identity.find(holder);
		Optional<UserAccount> b = identity.find(deputy);
		return a.isPresent() && b.isPresent() && Objects.equals(a.get().side(), b.get().side());
	}
}
