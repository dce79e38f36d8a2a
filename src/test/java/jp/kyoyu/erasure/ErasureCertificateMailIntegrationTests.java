package jp.kyoyu.erasure;

import static jp.kyoyu.erasure.ErasureSupport.awaitErased;
import static jp.kyoyu.erasure.ErasureSupport.endedProject;
import static jp.kyoyu.erasure.ErasureSupport.parts;
import static jp.kyoyu.erasure.ErasureSupport.run;
import static jp.kyoyu.erasure.ErasureSupport.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.JsonApi;

/**
 * The certificate after an erasure (issue #16): mailed once, as a PDF attachment, to the project's 総括監督員 and
 * to no other member; downloadable for {@code kyoyu.erasure.certificate-days} (365) after the erasure, then 410
 * with a Japanese message. The period is moved by the job's recorded erasure time, not by waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureCertificateMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	JsonApi api;

	@BeforeEach
	void client() {
		api = ErasureSupport.api(port);
	}

	@Test
	void theGeneralSupervisorGetsTheCertificateOnceAndItIsGoneAfterThePeriod() throws Exception {
		String name = "証明書送付テスト " + UUID.randomUUID().toString().substring(0, 8);
		// The fixtures' creator (sokatsu) is the project's 総括監督員.
		long project = endedProject(api, name)
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();

		HttpResponse<String> run = run(api, project, "admin", name, "契約終了による消去");
		assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
		awaitErased(api, project);

		await().atMost(Duration.ofSeconds(20)).until(() -> !certificateMails(name).isEmpty());
		List<MimeMessage> mails = certificateMails(name);
		assertThat(mails).extracting(ErasureSupport::to)
			.as("the 総括監督員 only, once").containsExactly("sokatsu@demo.kyoyu.example");
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("[Kyoyu] データ消去証明書：" + name);
		String body = null;
		byte[] pdf = null;
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		for (BodyPart part : parts(parts)) {
			if (part.isMimeType("application/pdf")) {
				assertThat(part.getFileName()).isEqualTo("erasure-certificate-" + project + ".pdf");
				try (InputStream in = part.getInputStream()) {
					pdf = in.readAllBytes();
				}
			}
			else if (part.isMimeType("text/plain")) {
				body = (String) part.getContent();
			}
		}
		assertThat(body).contains(" 様").contains(name).contains("再現できません")
			.contains("365").doesNotContain("{{");
		assertThat(pdf).as("the certificate attached").isNotNull();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("データ消去証明書").contains(name);
		}

		// No other member (nor the administrator who ran it) gets a copy.
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(name)).map(
				ErasureSupport::to))
			.doesNotContain("genba@demo.kyoyu.example", "kantoku@demo.kyoyu.example", "admin@demo.kyoyu.example");

		String certificate = "/api/v1/erasures/" + project + "/certificate";
		moveErasure(project, 364);
		assertThat(api.bytes(certificate, "genba").statusCode()).as("within the period").isEqualTo(200);
		moveErasure(project, 366);
		HttpResponse<byte[]> gone = api.bytes(certificate, "genba");
		assertThat(gone.statusCode()).as("after the period").isEqualTo(410);
		assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("取得期間").contains("365日");
		assertThat(api.bytes(certificate, "admin").statusCode()).as("the administrator too").isEqualTo(410);
		assertThat(api.bytes(certificate, "gyomu").statusCode()).as("never a member: still not theirs").isEqualTo(404);
	}

	/** The job's recorded erasure time, {@code daysAgo} days before now. */
	private void moveErasure(long project, int daysAgo) {
		jdbc.update("update erasure_job set erased_at = ? where project_id = ?",
				OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo), project);
	}

	private List<MimeMessage> certificateMails(String name) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> subject(mail).equals("[Kyoyu] データ消去証明書：" + name))
			.toList();
	}
}
