package jp.kyoyu.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.identity.Side;
import jp.kyoyu.proposal.DocumentType;
import jp.kyoyu.proposal.ProposalManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.storage.IncomingFile;

/**
 * Pre-consultation matters (S4.8-S4.13): either side registers one, both comment, the answering side agrees,
 * the registering side withdraws, any member turns it into a proposal. Each change also tells the matter's
 * {@link ConsultationProcess}, whose steps call back the step methods below to send the notices and to start
 * the decision stage.
 */
@Service
@Transactional
public class ConsultationManagement {

	private final MatterRepository matters;

	private final CommentRepository comments;

	private final ConsultationAccess access;

	private final ConsultationProcess process;

	private final ConsultationSteps steps;

	private final ConsultationViews views;

	private final ProposalManagement proposals;

	private final ConsultationFiling filing;

	private final ConsultationFiles files;

	private final ApplicationEventPublisher events;

	private final ConsultationWording wording;

	private final Clock clock;

	ConsultationManagement(MatterRepository matters, CommentRepository comments, ConsultationAccess access,
			ConsultationProcess process, ConsultationSteps steps, ConsultationViews views,
			ProposalManagement proposals, ConsultationFiling filing, ConsultationFiles files,
			ConsultationWording wording, ApplicationEventPublisher events, Clock clock) {
		this.filing = filing;
		this.files = files;
		this.matters = matters;
		this.comments = comments;
		this.access = access;
		this.process = process;
		this.steps = steps;
		this.views = views;
		this.proposals = proposals;
		this.events = events;
		this.wording = wording;
		this.clock = clock;
	}

	/** Registers material (S4.8); {@code channel} null means mail and board. */
	public ConsultationView register(long projectId, String title, String body, NoticeChannel channel,
			String userId) {
		checkNew(projectId, title, body, userId);
		Matter matter = matters.save(new Matter(projectId, title.strip(), body, userId, access.side(userId),
				channel == null ? NoticeChannel.BOTH : channel, clock.instant()));
		events.publishEvent(new ConsultationRegistered(matter.id(), projectId, matter.title()));
		filing.registered(matter, userId);
		process.registered(matter.id(), userId);
		return views.of(matter);
	}

	/**
	 * Registers material with the files sent in its form (S4.8; issue #21, the files streamed from the request):
	 * the matter is checked before a byte of any file is read, then the files stream into the store one after the
	 * other and the matter is registered in the transaction that links them, so it never exists without them. A
	 * refused matter or file leaves nothing behind (see {@link ConsultationFiles#addToNewMatter}).
	 *
	 * @param uploads read once, in order, each only after the one before it is stored
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ConsultationView registerWithFiles(long projectId, String title, String body, NoticeChannel channel,
			Iterable<IncomingFile> uploads, String userId) {
		checkNew(projectId, title, body, userId);
		return files.addToNewMatter(projectId, uploads, () -> register(projectId, title, body, channel, userId),
				userId);
	}

	/** Everything a new matter is refused for, before it is saved. */
	private void checkNew(long projectId, String title, String body, String userId) {
		access.project(projectId, userId);
		ConsultationRules.check(wording, title, body);
	}

	/** A comment of either side (S4.10); the other side's first comment makes the matter 回答あり. */
	public ConsultationCommentView comment(long id, String body, String userId) {
		Matter matter = access.matter(id, userId);
		ConsultationRules.requireOpen(matter);
		ConsultationRules.checkComment(wording, body);
		Side side = access.side(userId);
		Comment comment = comments.save(new Comment(id, body, userId, side, clock.instant()));
		matter.commented(side, comment.createdAt());
		events.publishEvent(new ConsultationCommented(id, comment.id()));
		filing.commented(matter, comment, userId);
		process.commented(id, comment.id(), userId);
		return views.of(comment, List.of());
	}

	/** The answering side (not the one that registered) agrees: the matter is settled (合意済). */
	public ConsultationView agree(long id, String userId) {
		Matter matter = access.matter(id, userId);
		ConsultationRules.requireOpen(matter);
		if (access.side(userId) == matter.registeredSide()) {
			throw new ForbiddenException(wording.text("consultation.error.agreeOtherSide"));
		}
		matter.moveTo(ConsultationStatus.AGREED, clock.instant());
		events.publishEvent(new ConsultationAgreed(id, matter.projectId()));
		process.agreed(id, userId);
		return views.of(matter);
	}

	/** The registering side withdraws the matter; it stays readable, closed to changes. */
	public ConsultationView withdraw(long id, String userId) {
		Matter matter = access.matter(id, userId);
		ConsultationRules.requireOpen(matter);
		if (access.side(userId) != matter.registeredSide()) {
			throw new ForbiddenException(wording.text("consultation.error.withdrawOwnSide"));
		}
		matter.moveTo(ConsultationStatus.WITHDRAWN, clock.instant());
		events.publishEvent(new ConsultationWithdrawn(id, matter.projectId()));
		process.withdrawn(id, userId);
		return views.of(matter);
	}

	/**
	 * Turns the matter into a proposal draft of the caller of type {@code type} (a key of
	 * {@link ProposalManagement#typesFor}); the process's decision step creates it. Returns the proposal id.
	 */
	public long convert(long id, String type, String userId) {
		Matter matter = access.matter(id, userId);
		ConsultationRules.requireOpen(matter);
		List<DocumentType> types = proposals.typesFor(matter.projectId(), userId);
		if (type == null || types.stream().noneMatch(t -> t.key().equals(type))) {
			List<String> choices = types.stream()
				.map(t -> wording.text("consultation.error.typeChoice", t.key(), t.name()))
				.toList();
			throw new InvalidInputException("type", wording.text("consultation.error.typeRequired", choices.toString()));
		}
		process.conversionRequested(id, type, userId);
		Long proposalId = matters.findById(id).map(Matter::proposalId).orElse(null);
		if (proposalId == null) {
			// the designer removed the decision step: the matter stays as it was and says so
			throw new InvalidInputException("type", wording.text("consultation.error.notConverted"));
		}
		return proposalId;
	}

	/** Step of the matter's process: tells the other side that material was registered (S4.9). */
	public void notifyRegistered(long matterId, String actor) {
		steps.notifyRegistered(matterId, actor);
	}

	/** Step of the matter's process: tells the other side of a comment, with the answer status (S4.11). */
	public void notifyCommented(long matterId, long commentId, String actor) {
		steps.notifyCommented(matterId, commentId, actor);
	}

	/** Step of the matter's process: tells the registering side that the other side agreed. */
	public void notifyAgreed(long matterId, String actor) {
		steps.notifyAgreed(matterId, actor);
	}

	/** Step of the matter's process: creates the decision-stage proposal from the matter; returns its id. */
	public long startDecision(long matterId, String proposalType, String actor) {
		return steps.startDecision(matterId, proposalType, actor);
	}

	@Transactional(readOnly = true)
	public ConsultationView get(long id, String userId) {
		return views.of(access.matter(id, userId));
	}

	/** The matter a proposal was made from, if the caller may see it (the link from proposal to matter). */
	@Transactional(readOnly = true)
	public Optional<ConsultationView> fromProposal(long proposalId, String userId) {
		return matters.findByProposalId(proposalId)
			.filter(matter -> access.mayRead(matter, userId))
			.map(views::of);
	}

	/** Matters and decision-stage proposals of the project as separate categories, newest first (S4.13). */
	@Transactional(readOnly = true)
	public List<ConsultationSummary> list(long projectId, String userId) {
		access.project(projectId, userId);
		return views.list(projectId, userId);
	}
}
