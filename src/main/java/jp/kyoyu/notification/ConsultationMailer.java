package jp.kyoyu.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.consultation.ConsultationNotice;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * Tells the other side of a project about new pre-consultation material, comments and agreement (S4.9,
 * S4.11), one mail each in the recipient's name, from the template {@code consultation.notice}. Like
 * {@link PostMailer}, users who switched these notices off get none, and a failure leaves the event incomplete so the batch is sent again on restart.
 */
@Component
class ConsultationMailer {

	static final String TEMPLATE = "consultation.notice";

	private static final Logger log = LoggerFactory.getLogger(ConsultationMailer.class);

	private final MailComposer mail;

	private final MailTemplates templates;

	private final IdentityManagement identity;

	private final NotificationPreferenceManagement preferences;

	private final NotificationSettings settings;

	ConsultationMailer(MailComposer mail, MailTemplates templates, IdentityManagement identity,
			NotificationPreferenceManagement preferences, NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.identity = identity;
		this.preferences = preferences;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ConsultationNotice notice) throws MessagingException {
		List<MimeMessage> messages = new ArrayList<>();
		for (String userId : notice.recipientUserIds()) {
			if (!preferences.wants(userId, Notice.CONSULTATION, null)) {
				continue;
			}
			UserAccount recipient = identity.find(userId).orElse(null);
			if (recipient != null && !recipient.level(Feature.PROPOSAL).allows(AccessLevel.READ)) {
				continue; // no pre-consultation notice to a user without the proposals right: the mail's link would only answer 403 (docs/security/rights.md)
			}
			if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
				log.warn("No mail address for user {}; consultation {} notice not sent to them", userId,
						notice.matterId());
				continue;
			}
			RenderedMail rendered = templates.render(TEMPLATE, Map.of("recipientName", recipient.name(),
					"projectName", String.valueOf(notice.projectName()), "title", notice.title(), "event",
					notice.event(), "actor", notice.actorName(), "at", PostMailer.POSTED_AT.format(notice.at()),
					"status", notice.statusLabel(), "excerpt", notice.excerpt(), "url",
					settings.baseUrl() + notice.path()));
			messages.add(mail.compose(recipient.email(), rendered, false));
		}
		mail.send(notice, messages);
	}
}
