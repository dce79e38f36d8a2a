package jp.kyoyu.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectMemberView;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.proposal.ProposalView;

/**
 * The default route from {@code dmn/approval-route.dmn}: the table names project roles in order; each becomes
 * the project's member(s) holding it (in the member list's order). Roles nobody holds are left out, and so are
 * members who may not act on a step (WORKFLOW below WRITE, or disabled): submitting would refuse them.
 */
@Component
class RouteDefaults {

	private final DecisionService decisions;

	private final ProjectManagement projects;

	private final FeatureRights rights;

	RouteDefaults(DecisionService decisions, ProjectManagement projects, FeatureRights rights) {
		this.rights = rights;
		this.decisions = decisions;
		this.projects = projects;
	}

	List<RouteStep> of(ProposalView proposal, String userId) {
		Map<String, Object> input = new HashMap<>();
		input.put("documentType", proposal.type());
		Object matter = proposal.fields().get("matter");
		input.put("matter", matter == null ? "" : matter.toString());
		input.put("proposerSide", proposal.authorSide().name());
		List<Map<String, Object>> rows = new ArrayList<>(
				decisions.evaluateDecisionTableByKey(ApprovalProcess.ROUTE_DECISION, input).getResultList());
		rows.sort(Comparator.comparingInt(row -> ((Number) row.get("order")).intValue()));
		List<ProjectMemberView> members = projects.members(proposal.projectId(), userId);
		List<RouteStep> route = new ArrayList<>();
		Set<String> taken = new LinkedHashSet<>();
		taken.add(proposal.authorUserId());
		for (Map<String, Object> row : rows) {
			ProjectRole role = ProjectRole.valueOf((String) row.get("role"));
			RouteRole kind = RouteRole.valueOf((String) row.get("kind"));
			members.stream()
				.filter(member -> member.role() == role
						&& rights.allows(member.userId(), Feature.WORKFLOW, AccessLevel.WRITE)
						&& taken.add(member.userId()))
				.forEach(member -> route.add(new RouteStep(member.userId(), member.name(), kind)));
		}
		return route;
	}
}
