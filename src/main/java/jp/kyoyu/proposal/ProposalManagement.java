package jp.kyoyu.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.privacy.PersonalDataGuard;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.StaleVersionException;
import jp.kyoyu.shared.Wording;

/**
 * Proposal documents (C3.1-C3.6): drafts that may be saved incomplete at any time, checked against their form
 * on request, copied into new drafts and printed. Access rules: {@link ProposalAccess}.
 */
@Service
@Transactional
public class ProposalManagement {

	static final String ANSWER_CONTENT = "answerContent";

	static final String ANSWER_DATE = "answerDate";

	private final ProposalRepository proposals;

	private final ProposalAccess access;

	private final DocumentTypes types;

	private final ProjectManagement projects;

	private final FieldsJson json;

	private final ApplicationEventPublisher events;

	private final ProposalPdf pdf;

	private final ProposalAttachments attachments;

	private final Clock clock;

	private final ObjectProvider<ReviewProgress> progress;

	private final PersonalDataGuard personalData;

	ProposalManagement(ProposalRepository proposals, ProposalAccess access, DocumentTypes types,
			ProjectManagement projects, FieldsJson json, ProposalPdf pdf, ProposalAttachments attachments,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<ReviewProgress> progress,
			PersonalDataGuard personalData) {
		this.progress = progress;
		this.personalData = personalData;
		this.pdf = pdf;
		this.attachments = attachments;
		this.proposals = proposals;
		this.access = access;
		this.types = types;
		this.projects = projects;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** The types the caller may raise in this project (its kind, the caller's side). */
	@Transactional(readOnly = true)
	public List<DocumentType> typesFor(long projectId, String userId) {
		ProjectDetails project = projects.get(projectId, userId);
		UserAccount user = access.user(userId);
		return types.of(project.kind()).stream().filter(type -> type.side().allows(user.side())).toList();
	}

	/** A new draft: the project's basic info and the author fill the matching fields, then {@code fields}. */
	public ProposalView create(long projectId, String typeKey, String title, Map<String, Object> fields,
			String userId) {
		ProjectDetails project = projects.get(projectId, userId);
		UserAccount user = access.user(userId);
		DocumentType type = ProposalRules.raisable(types, typeKey, project.kind(), user.side());
		refuseAnswers(type, fields, Map.of());
		checkPersonalData("project:" + projectId, type, title, fields);
		Map<String, Object> prefill = Prefill.values(project, user.name(), user.side(), today());
		Map<String, Object> data = Prefill.merge(prefill, fields == null ? Map.of() : fields, keys(type));
		Proposal proposal = proposals.save(new Proposal(projectId, type.key(), ProposalRules.title(title, type),
				json.write(data), userId, user.side(), null, clock.instant()));
		events.publishEvent(new ProposalDrafted(proposal.id(), projectId, type.key(), proposal.title()));
		return view(proposal);
	}

	@Transactional(readOnly = true)
	public ProposalView get(long id, String userId) {
		return view(access.readable(id, userId));
	}

	/** 404 unless the caller may read the proposal — {@link #get}'s rule without building the view. */
	@Transactional(readOnly = true)
	public void requireReadable(long id, String userId) {
		access.readable(id, userId);
	}

	/** Whether the caller may change the proposal (their own draft). */
	@Transactional(readOnly = true)
	public boolean mayEdit(long id, String userId) {
		return access.mayEdit(access.readable(id, userId), userId);
	}

	/** The proposals of a project the caller may see, most recently changed first. */
	@Transactional(readOnly = true)
	public List<ProposalView> list(long projectId, String userId) {
		projects.get(projectId, userId);
		return proposals.findByProjectIdOrderByUpdatedAtDesc(projectId).stream()
			.filter(proposal -> access.mayRead(proposal, userId))
			.map(this::view)
			.toList();
	}

	/** Replaces title and fields of the caller's draft; incomplete data is fine (C3.5). */
	public ProposalView update(long id, String title, Map<String, Object> fields, String userId) {
		return update(id, null, title, fields, userId);
	}

	/** {@link #update} refused with {@link StaleVersionException} unless the draft is still at {@code version}. */
	public ProposalView update(long id, Long version, String title, Map<String, Object> fields, String userId) {
		Proposal proposal = access.editable(id, userId);
		StaleVersionException.check(proposal.version(), version);
		DocumentType type = types.find(proposal.typeKey()).orElseThrow();
		Map<String, Object> stored = json.read(proposal.fieldsJson());
		refuseAnswers(type, fields, stored);
		checkPersonalData("proposal:" + id, type, title, fields);
		Map<String, Object> data = fields == null ? stored
				: AnswerPart.keptFrom(type, Prefill.merge(Map.of(), fields, keys(type)), stored);
		proposal.edit(title == null ? proposal.title() : ProposalRules.title(title, type), json.write(data),
				clock.instant());
		events.publishEvent(new ProposalUpdated(id, proposal.projectId(), type.key(), proposal.title()));
		StaleVersionException.flushing(proposals::flush);
		return view(proposal);
	}

	public void delete(long id, String userId) {
		delete(id, null, userId);
	}

	/** {@link #delete} refused with {@link StaleVersionException} unless the draft is still at {@code version}. */
	public void delete(long id, Long version, String userId) {
		Proposal proposal = access.editable(id, userId, true);
		StaleVersionException.check(proposal.version(), version);
		attachments.removeAll(id);
		proposals.delete(proposal);
		events.publishEvent(new ProposalDeleted(id, proposal.projectId(), proposal.typeKey(), proposal.title()));
	}

	/**
	 * "Create from an earlier document" (C3.4): a new draft of the caller with the content of one they can see.
	 * The answer part and the author fields are not copied but filled afresh; the parts only when asked.
	 */
	public ProposalView copy(long sourceId, boolean withAttachments, String userId) {
		return copy(sourceId, null, null, withAttachments, userId).proposal();
	}

	/**
	 * Copy into another document type and/or another project the caller belongs to (C3.4; null = the source's).
	 * Fields with the same key carry over, the rest of the new type starts empty, and the outcome names the
	 * source's filled-in fields the new type has no place for. Into another project the basic-info fields are
	 * filled afresh from that project, never carried from the source's.
	 */
	public CopyOutcome copy(long sourceId, String targetType, Long targetProjectId, boolean withAttachments,
			String userId) {
		Proposal source = access.readable(sourceId, userId);
		long projectId = targetProjectId == null ? source.projectId() : targetProjectId;
		ProjectDetails project = projects.get(projectId, userId); // 404 unless the caller belongs to it
		UserAccount user = access.user(userId);
		DocumentType type = ProposalRules.raisable(types, targetType == null || targetType.isBlank()
				? source.typeKey() : targetType.strip(), project.kind(), user.side());
		DocumentType sourceType = types.find(source.typeKey()).orElseThrow();
		Map<String, Object> content = new LinkedHashMap<>(json.read(source.fieldsJson()));
		content.keySet().removeAll(sourceType.answerFields());
		content.keySet().removeAll(type.answerFields());
		content.keySet().removeAll(Prefill.AUTHOR_KEYS);
		if (projectId != source.projectId()) {
			content.keySet().removeAll(Prefill.PROJECT_KEYS);
		}
		Set<String> targetKeys = keys(type);
		FormSchema sourceSchema = types.schema(sourceType.key());
		List<String> notCarried = sourceSchema.fields().stream()
			.filter(f -> !targetKeys.contains(f.key()) && content.containsKey(f.key())
					&& !FormValidator.isEmpty(content.get(f.key())))
			.map(FormSchema.Field::label)
			.distinct()
			.toList();
		Map<String, Object> data = Prefill.merge(Prefill.values(project, user.name(), user.side(), today()),
				content, targetKeys);
		Proposal copy = proposals.save(new Proposal(projectId, type.key(), source.title(), json.write(data),
				userId, user.side(), sourceId, clock.instant()));
		if (withAttachments) {
			attachments.copyAll(sourceId, copy.id(), copy.projectId());
		}
		events.publishEvent(new ProposalCopied(copy.id(), sourceId, copy.projectId(), withAttachments));
		return new CopyOutcome(view(copy), notCarried);
	}

	/** What keeps the proposal from being complete, in form order; empty when it may be submitted. */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(long id, String userId) {
		Proposal proposal = access.readable(id, userId);
		return problemsOf(proposal.typeKey(), json.read(proposal.fieldsJson()));
	}

	/** The same check for data not saved yet (a form being filled in). */
	public List<FieldProblem> problemsOf(String typeKey, Map<String, Object> fields) {
		DocumentType type = types.find(typeKey).orElseThrow(ProposalAccess::notFound);
		return FormValidator.problems(types.schema(type.key()), fields, Set.copyOf(type.answerFields()));
	}

	/** For the workflow: the proposal without an access check (the workflow checks membership itself). */
	@Transactional(readOnly = true)
	public ProposalView describe(long id) {
		return view(proposals.findById(id).orElseThrow(ProposalAccess::notFound));
	}

	/** For the workflow's notices and task lists: title and type of many proposals in one query, no access check. */
	@Transactional(readOnly = true)
	public Map<Long, ProposalHeading> headings(Collection<Long> ids) {
		Map<Long, ProposalHeading> headings = new HashMap<>();
		for (Proposal p : proposals.findAllById(ids)) {
			headings.put(p.id(), headingOf(p));
		}
		return headings;
	}

	/** One proposal's heading; see {@link #headings}. */
	@Transactional(readOnly = true)
	public ProposalHeading heading(long id) {
		return headingOf(proposals.findById(id).orElseThrow(ProposalAccess::notFound));
	}

	private ProposalHeading headingOf(Proposal p) {
		return new ProposalHeading(p.id(), p.projectId(), p.typeKey(),
				types.find(p.typeKey()).map(DocumentType::name).orElse(p.typeKey()), p.title());
	}

	// The lifecycle (issue #19): the workflow walks the route on the engine and calls these verbs; the proposal
	// keeps the one status and refuses what the status does not allow (ProposalStatusConflictException, 409).
	// No access check: the workflow checks the caller itself (the engine's listeners have no portal user).

	/**
	 * 提出: the draft goes on its route. Refused (400 naming every field) unless complete, and when its 処理・回答
	 * part was filled by its proposer (drafts saved before that rule existed).
	 */
	public void submit(long id) {
		Proposal proposal = find(id);
		DocumentType type = types.find(proposal.typeKey()).orElseThrow();
		Map<String, Object> fields = json.read(proposal.fieldsJson());
		refuseAnswers(type, fields, Map.of());
		List<FieldProblem> problems = problemsOf(type.key(), fields);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(new ArrayList<>(problems));
		}
		proposal.submit(clock.instant());
		events.publishEvent(new ProposalSubmitted(id, proposal.projectId(), proposal.typeKey(), proposal.title()));
	}

	/**
	 * 差戻し to the proposer: the author may edit it again. Answers the document as sent back, which
	 * {@link #resubmit} compares with to name what changed.
	 */
	public ProposalSnapshot sendBack(long id) {
		Proposal proposal = find(id);
		proposal.sendBack(clock.instant());
		events.publishEvent(new ProposalSentBack(id, proposal.projectId(), proposal.typeKey(), proposal.title()));
		return new ProposalSnapshot(proposal.title(), proposal.fieldsJson());
	}

	/**
	 * 再提出: refuses (400 with every problem) an incomplete document, else puts it back on its route and answers
	 * what changed since {@code sentBack} (C4.16): 件名 when the title changed, then the labels of the changed fields.
	 */
	public Resubmission resubmit(long id, ProposalSnapshot sentBack) {
		Proposal proposal = find(id);
		List<FieldProblem> problems = problemsOf(proposal.typeKey(), json.read(proposal.fieldsJson()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(new ArrayList<>(problems));
		}
		proposal.resubmit(clock.instant());
		List<String> changes = new ArrayList<>();
		if (!java.util.Objects.equals(proposal.title(), sentBack.title())) {
			changes.add(Wording.japanese("proposal.revision.title"));
		}
		changes.addAll(labelsOf(proposal.typeKey(),
				ChangedFields.keys(readLeniently(sentBack.fieldsJson()), json.read(proposal.fieldsJson()))));
		events.publishEvent(new ProposalResubmitted(id, proposal.projectId(), proposal.typeKey(), proposal.title(),
				List.copyOf(changes)));
		return new Resubmission(headingOf(proposal), changes);
	}

	/**
	 * An approver's 処理・回答 (C4.13), written into the document's own answer part, so the document page and its
	 * PDF show it. By convention the answer part names the text {@code answerContent} and the date
	 * {@code answerDate}; a type without those keys keeps the answer in the approval record only.
	 */
	public ProposalHeading answer(long id, String content, LocalDate answeredOn) {
		Proposal proposal = find(id);
		proposal.answer(withAnswer(proposal, content, answeredOn), clock.instant());
		events.publishEvent(new ProposalAnswered(id, proposal.projectId(), proposal.typeKey(), proposal.title()));
		return headingOf(proposal);
	}

	/**
	 * The last approver approved: {@link ProposalApproved} carries the whole approval {@code record} (the document
	 * module files it with the proposal) and whether a 後閲 is still open.
	 */
	public ProposalHeading approve(long id, boolean postReviewPending, List<ApprovalStep> record) {
		Proposal proposal = find(id);
		proposal.approve(clock.instant());
		events.publishEvent(new ProposalApproved(id, proposal.projectId(), proposal.typeKey(), proposal.title(),
				clock.instant(), postReviewPending, List.copyOf(record)));
		return headingOf(proposal);
	}

	/** The skipped approver did the 後閲 (the route may have gone on meanwhile); {@code step} is its record entry. */
	public void postReviewed(long id, ApprovalStep step) {
		Proposal proposal = find(id);
		proposal.postReviewed();
		events.publishEvent(new PostReviewCompleted(id, proposal.projectId(), step));
	}

	/**
	 * The answer part written without the lifecycle's guard: what drafts saved before the answer part was refused to
	 * proposers carry. Only the tests set such data up; the workflow uses {@link #answer}.
	 */
	void recordAnswer(long id, String content, LocalDate answeredOn) {
		Proposal proposal = find(id);
		proposal.edit(proposal.title(), withAnswer(proposal, content, answeredOn), clock.instant());
	}

	private String withAnswer(Proposal proposal, String content, LocalDate answeredOn) {
		DocumentType type = types.find(proposal.typeKey()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>(json.read(proposal.fieldsJson()));
		if (type.answerFields().contains(ANSWER_CONTENT)) {
			data.put(ANSWER_CONTENT, content);
		}
		if (type.answerFields().contains(ANSWER_DATE)) {
			data.put(ANSWER_DATE, answeredOn.toString());
		}
		return json.write(data);
	}

	/** The status of each of these proposals, in one query (the workflow's lists filter by it). */
	@Transactional(readOnly = true)
	public Map<Long, ProposalStatus> statuses(Collection<Long> ids) {
		Map<Long, ProposalStatus> statuses = new HashMap<>();
		for (Proposal p : proposals.findAllById(ids)) {
			statuses.put(p.id(), p.status());
		}
		return statuses;
	}

	/**
	 * The ids of the proposals of {@code projectIds} that are in {@code status}: one query answered from the index on
	 * (project, status), so a list across many projects can filter by status without loading every proposal.
	 */
	@Transactional(readOnly = true)
	public Set<Long> idsWithStatus(Collection<Long> projectIds, ProposalStatus status) {
		return projectIds.isEmpty() ? Set.of() : new HashSet<>(proposals.idsWithStatus(projectIds, status));
	}

	/**
	 * The submitted proposals of {@code projectIds} ({@code status} null = any but drafts) as light lines, from one
	 * query: what a list across many projects filters and sorts by before it loads the page. No access check.
	 */
	@Transactional(readOnly = true)
	public List<ProposalLine> lines(Collection<Long> projectIds, ProposalStatus status) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return lines(status == null ? proposals.linesOf(projectIds) : proposals.linesOf(projectIds, status));
	}

	/** The lines of the given proposals (a list's page), in one query; no access check. */
	@Transactional(readOnly = true)
	public Map<Long, ProposalLine> linesById(Collection<Long> ids) {
		Map<Long, ProposalLine> lines = new HashMap<>();
		if (!ids.isEmpty()) {
			lines(proposals.linesById(ids)).forEach(line -> lines.put(line.id(), line));
		}
		return lines;
	}

	/**
	 * The names of the document types used by the submitted proposals of {@code projectIds}, sorted: the choices
	 * of a list's type filter from one {@code select distinct}, not from describing the listed proposals.
	 */
	@Transactional(readOnly = true)
	public List<String> submittedTypeNames(Collection<Long> projectIds) {
		return projectIds.isEmpty() ? List.of()
				: proposals.submittedTypeKeys(projectIds).stream().map(this::typeName).distinct().sorted().toList();
	}

	private List<ProposalLine> lines(List<Object[]> rows) {
		Map<String, String> typeNames = new HashMap<>();
		return rows.stream()
			.map(row -> new ProposalLine((Long) row[0], typeNames.computeIfAbsent((String) row[1], this::typeName),
					(String) row[2], (ProposalStatus) row[3]))
			.toList();
	}

	/** The type's name as {@link #describe} shows it: the key itself for a type no longer configured. */
	private String typeName(String typeKey) {
		return types.find(typeKey).map(DocumentType::name).orElse(typeKey);
	}

	/** One proposal's status; see {@link #statuses}. */
	@Transactional(readOnly = true)
	public ProposalStatus status(long id) {
		return find(id).status();
	}

	private Proposal find(long id) {
		return proposals.findById(id).orElseThrow(ProposalAccess::notFound);
	}

	/** A snapshot stored by an older version may be unreadable; then every field counts as changed. */
	private Map<String, Object> readLeniently(String fieldsJson) {
		try {
			return fieldsJson == null ? Map.of() : json.read(fieldsJson);
		}
		catch (RuntimeException e) {
			return Map.of();
		}
	}

	/** G-2: the title and every field the author typed, each refusal naming the field by its label. */
	private void checkPersonalData(String what, DocumentType type, String title, Map<String, Object> fields) {
		personalData.checkText(what, "title", Wording.japanese("proposal.field.title"), title);
		Map<String, String> labels = new java.util.HashMap<>();
		types.schema(type.key()).fields().forEach(field -> labels.putIfAbsent(field.key(), field.label()));
		personalData.checkFields(what, fields, key -> labels.getOrDefault(key, key));
	}

	/** The Japanese labels of these form fields of a type, in form order (for "what changed" records). */
	private List<String> labelsOf(String typeKey, java.util.Collection<String> keys) {
		return types.schema(typeKey).fields().stream().filter(f -> keys.contains(f.key()))
			.map(FormSchema.Field::label).distinct().toList();
	}

	private void refuseAnswers(DocumentType type, Map<String, Object> given, Map<String, Object> stored) {
		List<FieldProblem> problems = AnswerPart.problems(type, types.schema(type.key()), given, stored);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The document as printed (C3.1), {@code application/pdf}. */
	@Transactional(readOnly = true)
	public byte[] pdf(long id, String userId) {
		ProposalView proposal = view(access.readable(id, userId));
		String projectName = projects.get(proposal.projectId(), userId).name();
		return pdf.render(proposal, projectName, types.schema(proposal.type()), attachments.names(id));
	}

	/**
	 * The PDF for filing an approved proposal (document module), where no user is at hand: printed as for its
	 * author; the project name is left out if the author has left the project meanwhile.
	 */
	@Transactional(readOnly = true)
	public byte[] pdfForFiling(long id) {
		Proposal proposal = proposals.findById(id).orElseThrow(ProposalAccess::notFound);
		String projectName;
		try {
			projectName = projects.get(proposal.projectId(), proposal.authorUserId()).name();
		}
		catch (NotFoundException e) {
			projectName = "";
		}
		return pdf.render(view(proposal), projectName, types.schema(proposal.typeKey()), attachments.names(id));
	}

	private Set<String> keys(DocumentType type) {
		return types.schema(type.key()).keys();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private ProposalView view(Proposal p) {
		String typeName = types.find(p.typeKey()).map(DocumentType::name).orElse(p.typeKey());
		String author = access.userName(p.authorUserId());
		ReviewProgress.Dates d = p.status() == ProposalStatus.DRAFT ? ReviewProgress.Dates.NONE
				: progress.stream().findFirst().map(r -> r.of(p.id())).orElse(ReviewProgress.Dates.NONE);
		return new ProposalView(p.id(), p.projectId(), p.typeKey(), typeName, p.title(), p.status(),
				json.read(p.fieldsJson()), p.authorUserId(), author, p.authorSide(), p.copiedFrom(), p.createdAt(),
				p.updatedAt(), d.postReviewPending(), d.requestedAnswerDate(), d.receiptDate(),
				d.plannedAnswerDate(), d.interimAnswerDate(), d.answerDate(), d.completedOn(), p.version());
	}
}
