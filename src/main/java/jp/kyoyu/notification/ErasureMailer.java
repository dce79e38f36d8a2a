package jp.kyoyu.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.erasure.ErasureNoticeDue;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;
import jp.kyoyu.shared.Wording;

/**
 * The notices before a project's erasure (G-5): every member is told to take the deliverable and what they must
 * keep; the 総括監督員 and the administrators get the same with the list of what will be erased. No preference
 * switches these off: after the erasure nothing can be reproduced, so a member who missed the notice has no
 * second chance. Marked important. A failure leaves the event incomplete and the retry sends the batch again.
 */
@Component
class ErasureMailer {

	static final String TEMPLATE = "erasure.notice";

	static final String LIST_TEMPLATE = "erasure.notice.list";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final Logger log = LoggerFactory.getLogger(ErasureMailer.class);

	private final MailComposer mail;

	private final MailTemplates templates;

	private final IdentityManagement identity;

	private final NotificationSettings settings;

	ErasureMailer(MailComposer mail, MailTemplates templates, IdentityManagement identity,
			NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.identity = identity;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ErasureNoticeDue notice) throws MessagingException {
		String contents = notice.contents().entrySet().stream()
			.map(kind -> Wording.japanese("notification.erasure.content", kind.getKey(), kind.getValue()))
			.collect(Collectors.joining("\n"));
		Set<String> listRecipients = new LinkedHashSet<>(notice.listRecipientIds());
		List<MimeMessage> messages = new ArrayList<>();
		for (String userId : new LinkedHashSet<>(notice.memberIds())) {
			if (!listRecipients.contains(userId)) {
				compose(userId, TEMPLATE, notice, contents).ifPresent(messages::add);
			}
		}
		for (String userId : listRecipients) {
			compose(userId, LIST_TEMPLATE, notice, contents).ifPresent(messages::add);
		}
		mail.send(notice, messages);
	}

	private Optional<MimeMessage> compose(String userId, String template, ErasureNoticeDue notice,
			String contents) throws MessagingException {
		UserAccount recipient = identity.find(userId).orElse(null);
		if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
			log.warn("No mail address for user {}; erasure notice of project {} not sent to them", userId,
					notice.projectId());
			return Optional.empty();
		}
		RenderedMail rendered = templates.render(template, Map.of("recipientName", recipient.name(), "projectName",
				notice.projectName(), "erasureDate", DAY.format(notice.erasureDate()), "daysLeft",
				String.valueOf(notice.daysBefore()), "contents", contents, "url",
				settings.baseUrl() + "/projects/" + notice.projectId()));
		return Optional.of(mail.compose(recipient.email(), rendered, true));
	}
}
