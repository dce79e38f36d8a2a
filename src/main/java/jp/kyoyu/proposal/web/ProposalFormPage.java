package jp.kyoyu.proposal.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.FeatureRights;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.proposal.AttachmentKind;
import jp.kyoyu.proposal.DocumentTypes;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.proposal.ProposalView;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * The model of the form page. The form data travels as JSON in one hidden field: the form-js viewer renders
 * the schema with it, and after an error the page is rendered again with exactly what was submitted.
 */
@Component
class ProposalFormPage {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper mapper;

	private final DocumentTypes types;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final ProposalAttachments attachments;

	private final FeatureRights rights;

	ProposalFormPage(FeatureRights rights, ObjectMapper mapper, DocumentTypes types, ProposalManagement proposals,
			ProjectManagement projects, ProposalAttachments attachments) {
		this.attachments = attachments;
		this.rights = rights;
		this.mapper = mapper;
		this.types = types;
		this.proposals = proposals;
		this.projects = projects;
	}

	String show(ProposalView proposal, String title, Map<String, Object> data, List<FieldProblem> problems,
			KyoyuPrincipal user, Model model) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("project", projects.get(proposal.projectId(), user.userId()));
		model.addAttribute("typedTitle", title);
		// A form re-shown after a refused save keeps the version it was opened with: saving it again must not
		// overwrite the other person's change unseen (issue #15).
		if (!model.containsAttribute("formVersion")) {
			model.addAttribute("formVersion", proposal.version());
		}
		// A reader (PROPOSAL READ) sees their draft read-only: no save, attachment or delete form the server would refuse.
		boolean mayEdit = proposals.mayEdit(proposal.id(), user.userId())
				&& rights.allows(user.userId(), Feature.PROPOSAL, AccessLevel.WRITE);
		// the proposer edits the form with its 処理・回答 part disabled: that part is the receiving side's
		model.addAttribute("schemaJson", mayEdit ? types.proposersFormJson(proposal.type()) : types.formJson(proposal.type()));
		model.addAttribute("dataJson", write(data));
		model.addAttribute("problems", problems);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("attachments", attachments.list(proposal.id(), user.userId()));
		model.addAttribute("attachmentKinds", AttachmentKind.values());
		// copy into another type or project (C3.4): the types of this project, the caller's projects
		model.addAttribute("copyTypes", proposals.typesFor(proposal.projectId(), user.userId()));
		model.addAttribute("copyProjects", projects.visibleProjects(user.userId()));
		return "proposal/edit";
	}

	/** The submitted data; a missing field (no JavaScript) keeps what was saved rather than emptying it. */
	Map<String, Object> parse(String fields, ProposalView saved) {
		if (fields.isBlank()) {
			return saved.fields();
		}
		try {
			Map<String, Object> data = mapper.readValue(fields, MAP);
			return data == null ? saved.fields() : data;
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("fields", Wording.of("proposal.fields.unreadable.save-again"));
		}
	}

	Map<String, Object> parseLeniently(String fields, ProposalView saved) {
		try {
			return parse(fields, saved);
		}
		catch (InvalidInputException e) {
			return saved.fields();
		}
	}

	private String write(Map<String, Object> data) {
		try {
			return mapper.writeValueAsString(data);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
