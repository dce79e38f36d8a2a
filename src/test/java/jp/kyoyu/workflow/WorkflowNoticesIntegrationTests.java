package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Notices the engine's own listeners and timers send, end to end to a real SMTP server: the morning reminder
 * (bpmn/overdue-reminders.bpmn) run by its real timer job, and the notice of a step after a resubmission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowNoticesIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	WorkflowApi api;

	@BeforeEach
	void setUp() {
		api = new WorkflowApi(port);
	}

	@Test
	void theMorningTimerRemindsTheHolderOfAnOverdueStepAndNobodyElse() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long project = api.worksProject();
		long late = api.draft(project, "督促される書類 " + suffix, "REPORT");
		api.submit(late, "kantoku");
		long inTime = api.draft(project, "期限内の書類 " + suffix, "REPORT");
		api.submit(inTime, "shunin");
		String lateTask = api.task("kantoku", late, "APPROVE");
		tasks.setDueDate(lateTask, Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));

		Job morning = management.createJobQuery().processDefinitionKey("OverdueReminderProcess").timers()
			.singleResult();
		management.executeJob(morning.getId());
		await().atMost(Duration.ofSeconds(20)).until(() -> reminders("督促される書類 " + suffix).size() == 1);
		MimeMessage mail = reminders("督促される書類 " + suffix).get(0);
		assertThat(mail.getSubject()).startsWith("[Kyoyu] 処理期限を過ぎています：工事打合せ簿「督促される書類 " + suffix + "」");
		assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("kantoku@demo.kyoyu.example");
		assertThat((String) mail.getContent()).contains("/proposals/" + late).doesNotContain("{{");
		assertThat(reminders("期限内の書類 " + suffix)).as("a step still in time is not reminded about").isEmpty();
		assertThat(api.hasTask("kantoku", late)).as("the reminder does not end the step").isTrue();
		assertThat(management.createJobQuery().processDefinitionKey("OverdueReminderProcess").timers().count())
			.as("tomorrow's timer").isEqualTo(1);
	}

	@Test
	void afterARevisionTheNextApproverIsToldOfTheDocumentUnderItsNewTitle() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long id = api.draft(api.worksProject(), "旧い件名 " + suffix, "REPORT");
		api.submit(id, "kantoku");
		assertThat(api.complete("kantoku", api.task("kantoku", id, "APPROVE"),
				Map.of("action", "SEND_BACK_TO_PROPOSER", "comment", "件名を直してください。")).statusCode()).isEqualTo(200);
		Map<String, Object> fields = api.json.convertValue(api.proposal(id, "genba").get("fields"), Map.class);
		api.ok("PUT", "/api/v1/proposals/" + id, "genba", Map.of("title", "新しい件名 " + suffix, "fields", fields));
		assertThat(api.complete("genba", api.task("genba", id, "REVISE"), Map.of("action", "RESUBMIT")).statusCode())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> mails("承認・確認の依頼", "新しい件名 " + suffix).size() == 1);
		assertThat(mails("承認・確認の依頼", "旧い件名 " + suffix)).as("only the first request used the old title")
			.hasSize(1);
	}

	private static List<MimeMessage> mails(String kind, String title) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> subject(mail).contains(kind) && subject(mail).contains(title))
			.toList();
	}

	private static List<MimeMessage> reminders(String title) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> subject(mail).contains("処理期限を過ぎています") && subject(mail).contains(title))
			.toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
