package jp.kyoyu.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.kyoyu.erasure.ErasureCertified;
import jp.kyoyu.erasure.ErasureManagement;
import jp.kyoyu.erasure.IssuedCertificate;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.MailTemplates;
import jp.kyoyu.masterdata.RenderedMail;

/**
 * The erasure certificate 「データ消去証明書」 mailed to the project's 総括監督員 when the erasure ends (issue #16),
 * as a PDF attachment: the supervisor is the one the contractor reports the erasure to (本文3-6), and after the
 * erasure they may no longer think to look for it. The recipients were chosen by the erasure (recorded when it
 * started); the PDF is built here from the erasure's record, so the event carries ids only. No preference switches
 * it off. A failure leaves the event incomplete and {@link FailedMailRetry} sends it again.
 */
@Component
class ErasureCertificateMailer {

	static final String TEMPLATE = "erasure.certificate";

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private static final Logger log = LoggerFactory.getLogger(ErasureCertificateMailer.class);

	private final MailComposer mail;

	private final MailTemplates templates;

	private final IdentityManagement identity;

	private final ErasureManagement erasures;

	private final NotificationSettings settings;

	ErasureCertificateMailer(MailComposer mail, MailTemplates templates, IdentityManagement identity,
			ErasureManagement erasures, NotificationSettings settings) {
		this.mail = mail;
		this.templates = templates;
		this.identity = identity;
		this.erasures = erasures;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ErasureCertified certified) throws MessagingException {
		if (certified.generalSupervisorIds().isEmpty()) {
			return;
		}
		IssuedCertificate certificate = erasures.issued(certified.projectId()).orElse(null);
		if (certificate == null) {
			log.warn("Erasure certificate of project {} not found; not mailed", certified.projectId());
			return;
		}
		List<MimeMessage> messages = new ArrayList<>();
		for (String userId : new LinkedHashSet<>(certified.generalSupervisorIds())) {
			UserAccount recipient = identity.find(userId).orElse(null);
			if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
				log.warn("No mail address for user {}; erasure certificate of project {} not mailed to them", userId,
						certified.projectId());
				continue;
			}
			RenderedMail rendered = templates.render(TEMPLATE, Map.of("recipientName", recipient.name(), "projectName",
					certificate.projectName(), "erasedAt", AT.format(certificate.erasedAt()), "certificateDays",
					String.valueOf(certificate.downloadDays()), "url", settings.baseUrl() + "/about/erasure"));
			messages.add(mail.composeWithAttachment(recipient.email(), rendered,
					"erasure-certificate-" + certified.projectId() + ".pdf", certificate.pdf(), "application/pdf"));
		}
		mail.send(certified, messages);
	}
}
