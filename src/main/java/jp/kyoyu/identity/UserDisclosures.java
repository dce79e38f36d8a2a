package jp.kyoyu.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.CsvWriter;

/**
 * Disclosure requests (X13, 別表3 13): everything Kyoyu holds about one user as a ZIP of CSV files, a JSON index
 * and a Japanese readme. Each module contributes its part through {@link UserDisclosure}; an administrator may
 * withhold a kind with a reason, which the readme and the audit entry list.
 */
@Service
public class UserDisclosures {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final List<UserDisclosure> parts;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserDisclosures(List<UserDisclosure> parts, IdentityManagement identity, ApplicationEventPublisher events,
			Clock clock) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(UserDisclosure::order)).toList();
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** The kinds an administrator may withhold, in ZIP order. */
	public List<String> kinds() {
		return parts.stream().map(UserDisclosure::kind).toList();
	}

	/**
	 * Checks the request (unknown user: 404; a withholding that is not {@code KIND:reason} with a known kind: 400)
	 * and records it in the audit trail; the answer is written afterwards with {@link Disclosure#writeTo}.
	 */
	@Transactional
	public Disclosure request(String userId, List<String> withhold, String administratorId) {
		UserAccount account = identity.get(userId);
		Map<String, String> withheld = withholdings(withhold == null ? List.of() : withhold);
		List<String> listed = new ArrayList<>();
		withheld.forEach((kind, reason) -> listed.add(kind + ": " + reason));
		events.publishEvent(new UserDataDisclosed(account.userId(),
				listed.isEmpty() ? "" : Wording.japanese("disclosure.audit.withheld", String.join(" / ", listed))));
		return new Disclosure(account, withheld, administratorId, clock.instant().atZone(TOKYO).format(STAMP));
	}

	private Map<String, String> withholdings(List<String> withhold) {
		Map<String, String> withheld = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String item : withhold) {
			int colon = item.indexOf(':');
			String kind = colon < 0 ? item.trim() : item.substring(0, colon).trim();
			String reason = colon < 0 ? "" : item.substring(colon + 1).trim();
			if (!kinds().contains(kind)) {
				problems.add(new FieldProblem("withhold",
						Wording.of("disclosure.problem.unknownKind", kind, String.join(", ", kinds()))));
			}
			else if (reason.isEmpty()) {
				problems.add(new FieldProblem("withhold", Wording.of("disclosure.problem.noReason", kind)));
			}
			else if (reason.length() > 500) {
				problems.add(new FieldProblem("withhold", Wording.of("disclosure.problem.reasonTooLong", kind)));
			}
			else {
				withheld.put(kind, reason);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return withheld;
	}

	/** One checked, audited request; writing reads each module's part as it goes (nothing is held in memory). */
	public final class Disclosure {

		private final UserAccount account;

		private final Map<String, String> withheld;

		private final String administratorId;

		private final String createdAt;

		private Disclosure(UserAccount account, Map<String, String> withheld, String administratorId,
				String createdAt) {
			this.account = account;
			this.withheld = withheld;
			this.administratorId = administratorId;
			this.createdAt = createdAt;
		}

		public String fileName() {
			return "disclosure-" + account.userId() + "-" + createdAt.substring(0, 10) + ".zip";
		}

		public void writeTo(OutputStream out) throws IOException {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			Map<String, Integer> rowCounts = new LinkedHashMap<>();
			Map<String, Integer> fileSizes = new LinkedHashMap<>();
			for (UserDisclosure part : parts) {
				if (withheld.containsKey(part.kind())) {
					continue;
				}
				DisclosedTable table = part.disclose(account.userId());
				zip.putNextEntry(new ZipEntry(part.kind() + ".csv"));
				writeCsv(zip, table);
				zip.closeEntry();
				rowCounts.put(part.kind(), table.rows().size());
				for (DisclosedFile file : part.files(account.userId())) {
					String name = part.kind() + "/" + file.name();
					zip.putNextEntry(new ZipEntry(name));
					zip.write(file.content());
					zip.closeEntry();
					fileSizes.put(name, file.content().length);
				}
			}
			zip.putNextEntry(new ZipEntry("index.json"));
			text.write(index(rowCounts, fileSizes));
			text.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("readme.txt"));
			text.write(readme(rowCounts, fileSizes));
			text.flush();
			zip.closeEntry();
			zip.finish();
		}

		private String index(Map<String, Integer> rowCounts, Map<String, Integer> fileSizes) throws IOException {
			Map<String, Object> index = new LinkedHashMap<>();
			index.put("userId", account.userId());
			index.put("createdAt", createdAt + " JST");
			index.put("createdBy", administratorId);
			List<Map<String, Object>> files = new ArrayList<>();
			rowCounts.forEach((kind, rows) -> files.add(Map.of("file", kind + ".csv", "rows", rows)));
			fileSizes.forEach((name, bytes) -> files.add(Map.of("file", name, "bytes", bytes)));
			index.put("files", files);
			List<Map<String, Object>> withheldList = new ArrayList<>();
			withheld.forEach((kind, reason) -> withheldList.add(Map.of("kind", kind, "reason", reason)));
			index.put("withheld", withheldList);
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(index);
		}

		private String readme(Map<String, Integer> rowCounts, Map<String, Integer> fileSizes) {
			StringBuilder readme = new StringBuilder();
			readme.append(Wording.japanese("disclosure.readme.title")).append("\r\n\r\n");
			readme.append(Wording.japanese("disclosure.readme.subject", account.name(), account.userId())).append("\r\n");
			readme.append(Wording.japanese("disclosure.readme.created", createdAt, administratorId)).append("\r\n\r\n");
			readme.append(Wording.japanese("disclosure.readme.files")).append("\r\n");
			for (UserDisclosure part : parts) {
				if (rowCounts.containsKey(part.kind())) {
					readme.append(Wording.japanese("disclosure.readme.file", part.kind() + ".csv", part.description(),
							rowCounts.get(part.kind()))).append("\r\n");
				}
				fileSizes.forEach((name, bytes) -> {
					if (name.startsWith(part.kind() + "/")) {
						readme.append(Wording.japanese("disclosure.readme.extraFile", name, part.kind() + ".csv", bytes))
							.append("\r\n");
					}
				});
			}
			readme.append("\r\n").append(Wording.japanese("disclosure.readme.withheld")).append("\r\n");
			if (withheld.isEmpty()) {
				readme.append(Wording.japanese("disclosure.readme.nothingWithheld")).append("\r\n");
			}
			for (UserDisclosure part : parts) {
				if (withheld.containsKey(part.kind())) {
					readme.append(Wording.japanese("disclosure.readme.withheldItem", part.kind(), part.description(),
							withheld.get(part.kind()))).append("\r\n");
				}
			}
			readme.append("\r\n").append(Wording.japanese("disclosure.readme.format")).append("\r\n");
			return readme.toString();
		}
	}

	/** Through the shared writer: BOM for Excel, RFC 4180, and formula-like cells defused (CSV injection). */
	private static void writeCsv(OutputStream out, DisclosedTable table) throws IOException {
		CsvWriter csv = new CsvWriter(out, CsvWriter.Quoting.WHERE_NEEDED);
		csv.row(table.columns());
		for (List<Object> row : table.rows()) {
			csv.row(row.stream().map(value -> value == null ? null : value.toString()).toList());
		}
		csv.flush();
	}
}
