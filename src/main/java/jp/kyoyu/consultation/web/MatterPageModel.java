package jp.kyoyu.consultation.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jp.kyoyu.consultation.ConsultationManagement;
import jp.kyoyu.consultation.ConsultationView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.ProposalManagement;

/** Everything the matter page shows, also when it is shown again with an error next to a form. */
@Component
class MatterPageModel {

	private final ConsultationManagement consultations;

	private final ProjectManagement projects;

	private final ProposalManagement proposals;

	MatterPageModel(ConsultationManagement consultations, ProjectManagement projects, ProposalManagement proposals) {
		this.consultations = consultations;
		this.projects = projects;
		this.proposals = proposals;
	}

	String fill(long id, KyoyuPrincipal user, Model model) {
		ConsultationView matter = consultations.get(id, user.userId());
		model.addAttribute("matter", matter);
		model.addAttribute("project", projects.get(matter.projectId(), user.userId()));
		model.addAttribute("types", proposals.typesFor(matter.projectId(), user.userId()));
		model.addAttribute("open", matter.status().open());
		model.addAttribute("mayAgree", matter.status().open() && matter.registeredSide() != user.side()
				&& matter.status() != jp.kyoyu.consultation.ConsultationStatus.AGREED);
		model.addAttribute("mayWithdraw", matter.status().open() && matter.registeredSide() == user.side());
		return "consultation/matter";
	}
}
