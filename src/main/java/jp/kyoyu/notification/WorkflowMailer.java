package jp.kyoyu.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalNotice;
import jp.kyoyu.shared.Wording;

/**
 * Mails a workflow notice (C4.10, C4.15, C4.20) to each recipient who wants that kind, from the master-data
 * template {@code workflow.<kind>}. Runs after the approval's commit from the persisted publication: if SMTP
 * fails, the publication stays incomplete and {@link FailedMailRetry} hands it back later.
 */
@Component
class WorkflowMailer {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private static final Logger log = LoggerFactory.getLogger(WorkflowMailer.class);

	private final MailComposer mail;

	private final MailTemplates templates;

	private final IdentityManagement identity;

	private final NotificationPreferenceManagement preferences;

	private final NotificationSettings settings;

	WorkflowMailer(MailComposer mail, MailTemplates templates, IdentityManagement identity,
			NotificationPreferenceManagement preferences, NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.identity = identity;
		this.preferences = preferences;
		this.settings = settings;
	}

	/**
	 * No transaction around the whole delivery (issue #21): the reads and the mails' claims share one, committed before
	 * the SMTP session ({@link MailComposer#sendOnce}), so no connection waits on the SMTP server and the notice makes
	 * one commit less. The publication is still completed only after the send returned (at least once, issue #18).
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ProposalNotice notice) throws MessagingException {
		mail.sendOnce(notice, () -> compose(notice));
	}

	private List<MimeMessage> compose(ProposalNotice notice) throws MessagingException {
		Notice kind = Notice.of(notice.kind());
		Map<String, String> values = values(notice);
		String template = "workflow." + notice.kind().name().toLowerCase(Locale.ROOT);
		boolean important = notice.importance() == Importance.IMPORTANT;
		List<MimeMessage> messages = new ArrayList<>();
		// A user named twice (say approver and viewer) still gets one mail.
		Set<String> recipients = notice.recipientUserIds() == null ? Set.of()
				: new LinkedHashSet<>(notice.recipientUserIds());
		for (String userId : recipients) {
			if (!preferences.wants(userId, kind, notice.importance())) {
				continue;
			}
			// kept answers (accounts, preferences, templates): every step mails, and they change rarely (issue #21)
			UserAccount recipient = identity.findKept(userId).orElse(null);
			if (recipient != null && !recipient.level(Feature.WORKFLOW).allows(AccessLevel.READ)) {
				continue; // no workflow notice to a user without the workflow right: the mail's link would only answer 403 (docs/security/rights.md)
			}
			if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
				log.warn("No mail address for user {}; {} of proposal {} not sent to them", userId, notice.kind(),
						notice.proposalId());
				continue;
			}
			values.put("recipientName", recipient.name());
			RenderedMail rendered = templates.render(template, values);
			messages.add(mail.compose(recipient.email(), rendered, important));
		}
		return messages;
	}

	private Map<String, String> values(ProposalNotice notice) {
		Map<String, String> values = new HashMap<>();
		values.put("projectName", orNone(notice.projectName()));
		values.put("title", orNone(notice.title()));
		values.put("documentType", orNone(notice.documentTypeName()));
		Importance importance = notice.importance() == null ? Importance.NORMAL : notice.importance();
		values.put("importance", importance.label());
		values.put("importanceMark",
				importance == Importance.IMPORTANT ? Wording.japanese("notification.mail.importanceMark", importance.label()) : "");
		values.put("actor", actor(notice));
		values.put("comment", orNone(notice.comment()));
		values.put("dueDate", notice.due() == null ? none() : DATE.format(notice.due()));
		values.put("at", notice.at() == null ? "" : DATE_TIME.format(notice.at()));
		values.put("url", settings.baseUrl() + "/proposals/" + notice.proposalId());
		return values;
	}

	/** "deputy（approver の代理）" when the actor stood in for someone (C4.21). */
	private String actor(ProposalNotice notice) {
		if (notice.actorUserId() == null) {
			return Wording.japanese("notification.mail.automatic");
		}
		String actor = name(notice.actorUserId());
		return notice.onBehalfOfUserId() == null ? actor
				: actor + Wording.japanese("notification.mail.onBehalfOf", name(notice.onBehalfOfUserId()));
	}

	private String name(String userId) {
		return identity.findKept(userId).map(UserAccount::name).orElse(userId);
	}

	private static String orNone(String value) {
		return value == null || value.isBlank() ? none() : value;
	}

	/** A mail is kept by its recipient, so its texts are Japanese whoever caused it (docs/wording.md). */
	private static String none() {
		return Wording.japanese("notification.mail.none");
	}
}
