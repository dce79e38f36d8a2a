package jp.kyoyu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.support.BrowserlessClient;

/** The audit trail as CSV, as Excel would open it: BOM, every cell quoted, nothing a user typed runs as a formula. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditCsvIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	/** A failed action by an actor and with a detail that both look like formulas, the detail on two lines. */
	record Refused(String target) implements AuditableEvent {
		@Override
		public String action() {
			return "test.refused";
		}

		@Override
		public String detail() {
			return "=HYPERLINK(\"http://example.invalid\")\n2行目";
		}

		@Override
		public String actor() {
			return "@attacker";
		}

		@Override
		public boolean succeeded() {
			return false;
		}
	}

	@Test
	void theCsvHasTheBomQuotesEveryCellAndDefusesFormulasEvenOnSeveralLines() {
		String target = "csv-" + UUID.randomUUID();
		transaction.executeWithoutResult(status -> events.publishEvent(new Refused(target)));
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", "Kyoyu#Demo2026");

		HttpResponse<byte[]> csv = admin.download("/admin/audit.csv?target=" + target);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		byte[] bytes = csv.body();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).isEqualTo("\"日時\",\"利用者\",\"操作\",\"対象\",\"内容\",\"接続元\",\"結果\"");
		// (?s): the detail spans two lines. No request, so no remote address: a missing value is an empty field.
		assertThat(lines[1]).matches("(?s)\"\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\",.*")
			.endsWith(",\"'@attacker\",\"test.refused\",\"" + target
					+ "\",\"'=HYPERLINK(\"\"http://example.invalid\"\")\n2行目\",,\"失敗\"");
	}
}
