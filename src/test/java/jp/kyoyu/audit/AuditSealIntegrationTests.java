package jp.kyoyu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.AuditScrubRequested;
import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.support.BrowserlessClient;

/** The audit trail's hash chain finds a changed entry and a deleted one, and says so on the admin page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditSealIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	record Happened(String target) implements AuditableEvent {
		@Override
		public String action() {
			return "test.happened";
		}
	}

	@Test
	void aChangedEntryIsFoundAndRestoringItMendsTheChain() {
		String target = "seal-" + UUID.randomUUID();
		transaction.executeWithoutResult(status -> events.publishEvent(new Happened(target)));
		sealAll();
		assertThat(integrity.check().intact()).isTrue();
		long id = jdbc.queryForObject("select id from audit_entry where target = ?", Long.class, target);

		jdbc.update("update audit_entry set detail = '書き換え' where id = ?", id);
		AuditIntegrity.IntegrityReport tampered = integrity.check();
		assertThat(tampered.intact()).isFalse();
		assertThat(tampered.problem()).isEqualTo("altered");
		assertThat(tampered.brokenEntryId()).isEqualTo(id);
		assertThat(admin().get("/admin/audit/integrity").body()).contains("記録ID " + id + "）の内容が封印時と異なります");

		jdbc.update("update audit_entry set detail = '' where id = ?", id);
		assertThat(integrity.check().intact()).isTrue();
	}

	@Test
	void aDeletedEntryIsFound() {
		String target = "seal-" + UUID.randomUUID();
		transaction.executeWithoutResult(status -> events.publishEvent(new Happened(target)));
		transaction.executeWithoutResult(status -> events.publishEvent(new Happened(target + "-later")));
		sealAll();
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where target = ?", target);

		jdbc.update("delete from audit_entry where id = ?", row.get("ID"));
		AuditIntegrity.IntegrityReport report = integrity.check();
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo("missing");
		assertThat(report.firstBrokenSeal()).isEqualTo(((Number) row.get("SEAL_NO")).longValue());

		jdbc.update("insert into audit_entry (id, occurred_at, actor, action, target, detail, remote_address, succeeded,"
				+ " seal_no, seal_hash, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("ID"),
				row.get("OCCURRED_AT"), row.get("ACTOR"), row.get("ACTION"), row.get("TARGET"), row.get("DETAIL"),
				row.get("REMOTE_ADDRESS"), row.get("SUCCEEDED"), row.get("SEAL_NO"), row.get("SEAL_HASH"),
				row.get("CONTENT_HASH"));
		assertThat(integrity.check().intact()).isTrue();
	}

	@Test
	void aScrubbedEntryLosesItsContentAndKeepsTheChain() {
		String target = "seal-" + UUID.randomUUID();
		transaction.executeWithoutResult(status -> events.publishEvent(new Happened(target)));
		transaction.executeWithoutResult(status -> events.publishEvent(new Happened(target + "-kept")));
		transaction.executeWithoutResult(status -> events.publishEvent(new AuditScrubRequested(List.of(target))));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target = ?", Long.class, target))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target = ?", Long.class, target + "-kept"))
			.isOne();
		sealAll();
		assertThat(integrity.check().intact()).as("scrubbed, still verifiable").isTrue();

		jdbc.update("update audit_entry set detail = '書き換え' where target = ?", target + "-kept");
		assertThat(integrity.check().intact()).as("an unscrubbed entry changed is still found").isFalse();
		jdbc.update("update audit_entry set detail = '' where target = ?", target + "-kept");
		assertThat(integrity.check().intact()).isTrue();
	}

	@Test
	void theAdministratorSeesThatTheTrailIsIntactAndOthersCannotLook() {
		sealAll();
		assertThat(admin().get("/admin/audit/integrity").body()).contains("改ざん・削除はありません");
		BrowserlessClient kantoku = new BrowserlessClient(port);
		kantoku.login("kantoku", "Kyoyu#Demo2026");
		assertThat(kantoku.get("/admin/audit/integrity").statusCode()).isIn(403, 404);
	}

	private void sealAll() {
		while (sealer.seal() > 0) {
			// a batch at a time, as the scheduled run does
		}
	}

	private BrowserlessClient admin() {
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", "Kyoyu#Demo2026");
		return admin;
	}
}
