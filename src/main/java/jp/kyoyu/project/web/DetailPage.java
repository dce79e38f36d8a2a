package jp.kyoyu.project.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectMemberView;
import jp.kyoyu.project.ProjectRole;

/** The project page with its member forms; also re-shown by the member forms when input is refused. */
@Component
class DetailPage {

	static final String VIEW = "project/detail";

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	private final java.util.List<jp.kyoyu.project.ProjectFacts> facts;

	DetailPage(ProjectManagement projects, IdentityManagement identity,
			java.util.List<jp.kyoyu.project.ProjectFacts> facts) {
		this.projects = projects;
		this.identity = identity;
		this.facts = facts;
	}

	String show(long id, String viewerUserId, Model model) {
		ProjectDetails project = projects.get(id, viewerUserId);
		boolean mayManage = projects.mayManage(id, viewerUserId);
		model.addAttribute("project", project);
		model.addAttribute("mayManage", mayManage);
		java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
		facts.forEach(source -> lines.putAll(source.facts(id)));
		model.addAttribute("facts", lines);
		model.addAttribute("agencyRoles", ProjectRole.of(Side.AGENCY));
		model.addAttribute("contractorRoles", ProjectRole.of(Side.CONTRACTOR));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", Map.of());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		boolean mayGrantInspection = projects.mayGrantInspection(id, viewerUserId);
		model.addAttribute("inspections", projects.inspections(id, viewerUserId));
		model.addAttribute("mayGrantInspection", mayGrantInspection);
		if (!model.containsAttribute("inspectionForm")) {
			model.addAttribute("inspectionForm", Map.of());
		}
		if (!model.containsAttribute("inspectionErrors")) {
			model.addAttribute("inspectionErrors", Map.of());
		}
		if (mayManage) {
			Set<String> members = project.members().stream().map(ProjectMemberView::userId).collect(Collectors.toSet());
			model.addAttribute("candidates", identity.findAll().stream()
				.filter(UserAccount::enabled)
				.filter(user -> !members.contains(user.userId()))
				.toList());
		}
		return VIEW;
	}
}
