package jp.kyoyu.bench.volume;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Fills a Kyoyu database to a prefecture's volume (issue #21) by copying rows that the real services and the real
 * engine wrote: the demo data (approved proposals with their whole route in Camunda, documents, folders) and the
 * samples {@link VolumeSamples} makes through the HTTP API (a proposal in review, one sent back, a post with a reply
 * and read marks, a schedule event, a consultation). Every copy is the template row with its ids, project, users,
 * titles and times swapped, written in JDBC batches (multi-row inserts on PostgreSQL). Camunda's rows of a process
 * instance — history and, for running ones, runtime — are copied as a set: every engine id in them is mapped to a
 * fresh one consistently, so the copies keep the engine's own shape (activity instances, variable history, task
 * and identity-link history, the running task with its authorization). Fixed seed: the same database every run.
 *
 * <p>Not copied: the audit trail (a hash chain; copies would break its seal), stored files (the copied documents and
 * attachments point to the demo's files), mails and event publications.
 */
public final class VolumeGenerator {

	/** The engine columns whose values are not ids of the instance's own rows. */
	private static final Set<String> SHARED_ID_COLUMNS = Set.of("proc_def_id_", "deployment_id_", "case_def_id_",
			"decision_def_id_", "user_id_", "group_id_", "tenant_id_", "assigner_id_", "resource_id_", "proc_def_key_",
			"case_def_key_", "batch_id_", "job_def_id_", "form_def_id_", "decision_req_def_id_");

	private static final String[] WORKS = { "用排水路改修工事", "農道舗装工事", "ため池改修工事", "揚水機場更新工事",
			"区画整理工事", "頭首工補修工事", "暗渠排水工事", "水路トンネル補修工事" };

	private static final String[] MATTERS = { "床掘り深さ", "使用材料", "施工計画", "段階確認", "出来形管理", "品質管理",
			"工程", "安全管理", "仮設計画", "測量結果", "地盤改良", "湧水対策", "交通規制", "残土処理", "騒音対策", "舗装厚" };

	private static final String[] VERBS = { "の変更について", "の確認", "の報告", "の協議", "の提出", "に関するお知らせ",
			"の立会い依頼", "の照査" };

	private static final String[] PLACES = { "No.12〜No.18 区間", "起点側", "終点側", "取水口付近", "第2工区", "管理道路",
			"左岸側", "右岸側" };

	private final Connection connection;

	private final Rows rows;

	private final Random random = new Random(20261207L);

	private final Instant now = Instant.now();

	private final Map<String, Long> nextIds = new TreeMap<>();

	private final List<String> agencyPool = new ArrayList<>();

	private final List<String> contractorPool = new ArrayList<>();

	private VolumeGenerator(Connection connection) {
		this.connection = connection;
		this.rows = new Rows(connection);
	}

	/** Fills the database at {@code url} (H2 or PostgreSQL) and answers what it wrote, table by table. */
	public static Map<String, Long> fill(String url, String user, String password, Volume volume) throws SQLException {
		String batched = url.startsWith("jdbc:postgresql:")
				? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : url;
		try (Connection connection = DriverManager.getConnection(batched, user, password)) {
			connection.setAutoCommit(false);
			VolumeGenerator generator = new VolumeGenerator(connection);
			return generator.fill(volume);
		}
	}

	private Map<String, Long> fill(Volume volume) throws SQLException {
		Map<String, Long> written = new LinkedHashMap<>();
		users(volume, written);
		Templates works = new Templates(1);
		Templates service = new Templates(2);
		for (int p = 0; p < volume.projects(); p++) {
			boolean isWorks = p % 2 == 0;
			Templates template = isWorks ? works : service;
			long project = project(template, p, volume, written);
			Map<String, String> members = roles(p, isWorks, volume, project, written);
			proposals(isWorks ? works : service, works, project, p, members, volume, written);
			posts(works, project, p, members, volume, written);
			documents(template, project, p, volume, written);
			events(works, project, p, members, volume, written);
			consultations(works, project, p, members, volume, written);
		}
		rows.flush();
		written.putAll(rows.written());
		for (Map.Entry<String, Long> next : nextIds.entrySet()) {
			// the copies carry explicit ids; the identity columns go on after them
			rows.execute("alter table " + next.getKey() + " alter column id restart with " + next.getValue());
		}
		return written;
	}

	// ------------------------------------------------------------------ users and projects

	private void users(Volume volume, Map<String, Long> written) throws SQLException {
		int perSide = Math.max(18, volume.projects() * 18 / 4); // each pool user is on about four projects
		for (int i = 1; i <= perSide; i++) {
			agencyPool.add(String.format("a%05d", i));
			contractorPool.add(String.format("c%05d", i));
		}
		user("kantoku", agencyPool, "監督", written);
		user("genba", contractorPool, "現場", written);
	}

	private void user(String template, List<String> ids, String lastName, Map<String, Long> written)
			throws SQLException {
		for (String table : List.of("identity_user_profile", "identity_permission")) {
			List<Map<String, Object>> shapes = rows.read("select * from " + table + " where user_id = ?", template);
			for (String id : ids) {
				for (Map<String, Object> shape : shapes) {
					rows.insert(table, with(shape, "user_id", id));
				}
			}
		}
		List<Map<String, Object>> camundaUser = rows.read("select * from act_id_user where id_ = ?", template);
		int n = 0;
		for (String id : ids) {
			Map<String, Object> row = with(camundaUser.get(0), "id_", id);
			row.put("last_", lastName);
			row.put("first_", String.valueOf(++n));
			row.put("email_", id + "@example.jp");
			rows.insert("act_id_user", row);
		}
		List<Map<String, Object>> groups = rows.read("select * from act_id_membership where user_id_ = ?", template);
		for (String id : ids) {
			for (Map<String, Object> group : groups) {
				rows.insert("act_id_membership", with(group, "user_id_", id));
			}
		}
	}

	private long project(Templates template, int p, Volume volume, Map<String, Long> written) throws SQLException {
		long id = nextId("project");
		Map<String, Object> project = rows.read("select * from project where id = ?", template.project).get(0);
		String name = "令和" + (6 + p % 3) + "年度 " + (p + 1) + "号 " + WORKS[p % WORKS.length];
		Copies copies = new Copies(Map.of(), Duration.ZERO).swap((String) project.get("name"), name);
		Map<String, Object> row = copies.of(project, Map.of("id", id));
		row.put("project_number", "R8-量-" + id);
		insertOne("project", row, written);
		for (String table : List.of("document_tree", "storage_key")) {
			for (Map<String, Object> shape : rows.read("select * from " + table + " where project_id = ?",
					template.project)) {
				Map<String, Object> copy = with(shape, "project_id", id);
				if (copy.containsKey("id")) {
					copy.put("id", nextId(table));
				}
				insertOne(table, copy, written);
			}
		}
		projectNames.put(id, name); // the row is still queued: later reads of it would find nothing
		return id;
	}

	/**
	 * The members: the demo users of the template project (so the demo logins see every project: the lists across
	 * projects at their worst) and pool users up to 40. Answers who plays each demo user's part on routes: in one
	 * project in ten the demo users themselves, elsewhere pool users, so a demo supervisor holds about a tenth of
	 * the steps, as one supervisor among several would.
	 */
	private Map<String, String> roles(int p, boolean isWorks, Volume volume, long project,
			Map<String, Long> written) throws SQLException {
		List<Map<String, Object>> demo = rows.read("select * from project_member where project_id = ?",
				isWorks ? 1L : 2L);
		int pool = volume.membersPerProject() - demo.size();
		String agencyRole = "SUPERVISOR";
		String contractorRole = isWorks ? "SITE_AGENT" : "MANAGING_ENGINEER";
		List<String> agency = new ArrayList<>();
		List<String> contractor = new ArrayList<>();
		{
			for (Map<String, Object> member : demo) {
				Map<String, Object> row = with(member, "project_id", project);
				row.put("id", nextId("project_member"));
				rows.insert("project_member", row);
			}
			for (int k = 0; k < pool; k++) {
				boolean agent = k < pool / 2;
				List<String> from = agent ? agencyPool : contractorPool;
				String user = from.get((p * 5 + k) % from.size());
				(agent ? agency : contractor).add(user);
				Map<String, Object> row = new LinkedHashMap<>(demo.get(0));
				row.put("id", nextId("project_member"));
				row.put("project_id", project);
				row.put("user_id", user);
				row.put("role", agent ? agencyRole : contractorRole);
				rows.insert("project_member", row);
			}
		}
		Map<String, String> parts = new HashMap<>();
		if (p % 10 != 0) {
			parts.put("kantoku", agency.get(0));
			parts.put("shunin", agency.get(1));
			parts.put("sokatsu", agency.get(2));
			parts.put("tanto", agency.get(3));
			parts.put("genba", contractor.get(0));
			parts.put("gyomu", contractor.get(1));
		}
		List<String> everyone = new ArrayList<>(demo.stream().map(m -> (String) m.get("user_id")).toList());
		everyone.addAll(agency);
		everyone.addAll(contractor);
		membersOf.put(project, everyone);
		parts.put("*agency", String.join(",", agency));
		parts.put("*contractor", String.join(",", contractor));
		return parts;
	}

	// ------------------------------------------------------------------ proposals with their route in Camunda

	private void proposals(Templates own, Templates works, long project, int p, Map<String, String> members,
			Volume volume, Map<String, Long> written) throws SQLException {
		for (int i = 0; i < volume.proposalsPerProject(); i++) {
			int kind = i % 20;
			List<Long> candidates = kind < 14 ? own.approved : kind < 17 ? works.inReview : works.sentBack;
			if (candidates.isEmpty()) {
				candidates = own.approved;
			}
			long template = candidates.get(i % candidates.size());
			// approved ones spread over three years; open ones are recent
			Duration shift = Duration.ofMinutes(kind < 14 ? random.nextInt(3 * 365 * 24 * 60) : random.nextInt(20 * 24 * 60));
			proposal(template, project, p, i, members, shift, written);
		}
	}

	/** A template proposal's rows, read once: Kyoyu's and, per process instance, the engine's by table. */
	private record ProposalTemplate(Map<String, Object> proposal, String projectName,
			Map<String, List<Map<String, Object>>> kyoyu, List<Map<String, List<Map<String, Object>>>> instances,
			List<Set<String>> instanceIds) {
	}

	private final Map<Long, ProposalTemplate> proposalTemplates = new HashMap<>();

	private final Map<Long, String> projectNames = new HashMap<>();

	/** Each generated project's members (their rows may still be queued). */
	private final Map<Long, List<String>> membersOf = new HashMap<>();

	private ProposalTemplate proposalTemplate(long template) throws SQLException {
		ProposalTemplate known = proposalTemplates.get(template);
		if (known != null) {
			return known;
		}
		Map<String, Object> proposal = rows.read("select * from proposal_proposal where id = ?", template).get(0);
		Map<String, List<Map<String, Object>>> kyoyu = new LinkedHashMap<>();
		kyoyu.put("workflow_submission", rows.read("select * from workflow_submission where proposal_id = ?", template));
		for (String table : List.of("workflow_history", "proposal_attachment")) {
			kyoyu.put(table, rows.read("select * from " + table + " where proposal_id = ? order by id", template));
		}
		List<Map<String, List<Map<String, Object>>>> instances = new ArrayList<>();
		List<Set<String>> instanceIds = new ArrayList<>();
		for (Map<String, Object> instance : rows.read(
				"select id_ from act_hi_procinst where business_key_ = ? order by start_time_", String.valueOf(template))) {
			Map<String, List<Map<String, Object>>> byTable = new LinkedHashMap<>();
			Set<String> ids = new HashSet<>();
			readInstance((String) instance.get("id_"), byTable, ids);
			instances.add(byTable);
			instanceIds.add(ids);
		}
		ProposalTemplate read = new ProposalTemplate(proposal, projectName(((Number) proposal.get("project_id"))
			.longValue()), kyoyu, instances, instanceIds);
		proposalTemplates.put(template, read);
		return read;
	}

	private String projectName(long project) throws SQLException {
		String name = projectNames.get(project);
		if (name == null) {
			name = rows.read("select name from project where id = ?", project).get(0).get("name").toString();
			projectNames.put(project, name);
		}
		return name;
	}

	private void proposal(long template, long project, int p, int i, Map<String, String> members, Duration shift,
			Map<String, Long> written) throws SQLException {
		ProposalTemplate t = proposalTemplate(template);
		long id = nextId("proposal_proposal");
		String title = title(i);
		Copies copies = new Copies(users(members), shift).swap((String) t.proposal().get("title"), title)
			.swap("/proposals/" + template, "/proposals/" + id)
			.swap(t.projectName(), projectName(project));
		rows.insert("proposal_proposal", copies.of(t.proposal(), Map.of("id", id, "project_id", project)));
		for (Map<String, Object> row : t.kyoyu().get("workflow_submission")) {
			rows.insert("workflow_submission", copies.of(row, Map.of("proposal_id", id, "project_id", project)));
		}
		for (String table : List.of("workflow_history", "proposal_attachment")) {
			for (Map<String, Object> row : t.kyoyu().get(table)) {
				rows.insert(table, copies.of(row, Map.of("id", nextId(table), "proposal_id", id)));
			}
		}
		for (int k = 0; k < t.instances().size(); k++) {
			for (String engineId : t.instanceIds().get(k)) {
				copies.swap(engineId, freshId(engineId));
			}
			for (Map.Entry<String, List<Map<String, Object>>> table : t.instances().get(k).entrySet()) {
				for (Map<String, Object> row : table.getValue()) {
					Map<String, Object> copy = copies.of(row, Map.of());
					if (copy.get("business_key_") != null) {
						copy.put("business_key_", String.valueOf(id));
					}
					variable(copy, "proposalId", id);
					variable(copy, "projectId", project);
					rows.insert(table.getKey(), copy);
				}
			}
		}
	}

	/** One process instance's engine rows (history and runtime) and the ids they give their own rows. */
	private void readInstance(String instance, Map<String, List<Map<String, Object>>> byTable, Set<String> ids)
			throws SQLException {
		Set<String> taskIds = new HashSet<>();
		for (String table : engineTables()) {
			List<Map<String, Object>> found = rows.read(instanceQuery(table), instance, instance);
			if (!found.isEmpty()) {
				byTable.put(table, found);
				if (table.equals("act_ru_task")) {
					found.forEach(task -> taskIds.add((String) task.get("id_")));
				}
			}
		}
		for (String task : taskIds) {
			add(byTable, "act_ru_identitylink", rows.read("select * from act_ru_identitylink where task_id_ = ?",
					task));
			add(byTable, "act_ru_authorization",
					rows.read("select * from act_ru_authorization where resource_id_ = ? and root_proc_inst_id_ is null", task));
		}
		for (List<Map<String, Object>> tableRows : byTable.values()) {
			for (Map<String, Object> row : tableRows) {
				row.forEach((column, value) -> {
					if (value instanceof String text && (column.equals("id_")
							|| column.endsWith("_id_") && !SHARED_ID_COLUMNS.contains(column)
							|| column.equals("parent_id_") || column.equals("super_exec_")
							|| column.equals("resource_id_") && taskIds.contains(text))) {
						ids.add(text);
					}
				});
			}
		}
		Set<String> present = new HashSet<>();
		byTable.getOrDefault("act_ge_bytearray", List.of()).forEach(b -> present.add((String) b.get("id_")));
		for (String bytes : ids) {
			if (!present.contains(bytes)) {
				List<Map<String, Object>> found = rows.read("select * from act_ge_bytearray where id_ = ?", bytes);
				add(byTable, "act_ge_bytearray", found);
			}
		}
		List<Map<String, Object>> executions = byTable.get("act_ru_execution");
		if (executions != null) {
			// parents first (a foreign key)
			executions.sort((a, b) -> Boolean.compare(a.get("parent_id_") != null, b.get("parent_id_") != null));
		}
	}

	private static void variable(Map<String, Object> row, String name, long value) {
		if (name.equals(row.get("name_")) && row.containsKey("long_") && row.get("long_") != null) {
			row.put("long_", value);
			row.put("text_", String.valueOf(value));
		}
	}

	private List<String> engineTablesCache;

	/** The engine's tables that hold rows of one process instance, found by their columns. */
	private List<String> engineTables() throws SQLException {
		if (engineTablesCache == null) {
			List<String> tables = new ArrayList<>();
			for (Map<String, Object> row : rows.read("select lower(table_name) as t, sum(case when lower(column_name) ="
					+ " 'root_proc_inst_id_' then 1 else 0 end) as root, sum(case when lower(column_name) = 'proc_inst_id_'"
					+ " then 1 else 0 end) as proc from information_schema.columns where lower(table_schema) = 'public'"
					+ " and lower(table_name) like 'act\\_%' escape '\\' group by lower(table_name)"
					+ " order by lower(table_name)")) {
				long root = ((Number) row.get("root")).longValue();
				long proc = ((Number) row.get("proc")).longValue();
				if (root + proc > 0) {
					tables.add(row.get("t") + ":" + (root > 0 ? "r" : "") + (proc > 0 ? "p" : ""));
				}
			}
			engineTablesCache = tables;
		}
		return engineTablesCache.stream().map(t -> t.substring(0, t.indexOf(':'))).toList();
	}

	private String instanceQuery(String table) {
		String flags = engineTablesCache.stream().filter(t -> t.startsWith(table + ":")).findFirst().orElseThrow();
		flags = flags.substring(flags.indexOf(':') + 1);
		String root = flags.contains("r") ? "root_proc_inst_id_ = ?" : "1 = 0 and ? is not null";
		String proc = flags.contains("p") ? "proc_inst_id_ = ?" : "1 = 0 and ? is not null";
		return "select * from " + table + " where " + root + " or " + proc;
	}

	// ------------------------------------------------------------------ board, documents, schedule, consultations

	private void posts(Templates works, long project, int p, Map<String, String> members, Volume volume,
			Map<String, Long> written) throws SQLException {
		Map<String, Object> post = rows.read("select * from board_post where id = ?", works.post).get(0);
		Map<String, Object> reply = rows.read("select * from board_reply where post_id = ?", works.post).get(0);
		Map<String, Object> mark = rows.read("select * from board_read_mark where post_id = ?", works.post).get(0);
		List<String> readers = membersOf.get(project);
		{
			for (int i = 0; i < volume.postsPerProject(); i++) {
				long id = nextId("board_post");
				OffsetDateTime at = pastTime(3 * 365);
				String author = readers.get(random.nextInt(readers.size()));
				Map<String, Object> row = new LinkedHashMap<>(post);
				row.put("id", id);
				row.put("project_id", project);
				row.put("title", title(i + p * 7));
				row.put("body", body(i));
				row.put("author_user_id", author);
				row.put("created_at", at);
				row.put("updated_at", at);
				rows.insert("board_post", row);
				for (int r = 0; r < volume.repliesPerPost(); r++) {
					Map<String, Object> answer = new LinkedHashMap<>(reply);
					answer.put("id", nextId("board_reply"));
					answer.put("post_id", id);
					answer.put("body", "承知しました。" + PLACES[random.nextInt(PLACES.length)] + "について確認します。");
					answer.put("author_user_id", readers.get(random.nextInt(readers.size())));
					answer.put("created_at", at.plusHours(r + 1L));
					rows.insert("board_reply", answer);
				}
				// the demo members read all but one in fifty; three other members each post
				for (int k = 0; k < readers.size(); k++) {
					String reader = readers.get(k);
					boolean demo = !reader.matches("[ac]\\d{5}");
					if (demo ? random.nextInt(50) != 0 : random.nextInt(readers.size()) < 3) {
						Map<String, Object> read = new LinkedHashMap<>(mark);
						read.put("id", nextId("board_read_mark"));
						read.put("post_id", id);
						read.put("user_id", reader);
						read.put("read_at", at.plusDays(1));
						rows.insert("board_read_mark", read);
					}
				}
			}
		}
	}

	private void documents(Templates template, long project, int p, Volume volume, Map<String, Long> written)
			throws SQLException {
		List<Map<String, Object>> entries = rows.read("select * from document_entry e where project_id = ? and"
				+ " proposal_id is null and not exists (select 1 from document_photo f where f.document_id = e.id)"
				+ " order by id", template.project);
		Map<Long, Long> folders = new HashMap<>();
		for (Map<String, Object> folder : rows.read("select * from document_folder where project_id = ?"
				+ " order by parent_id nulls first, id", template.project)) {
			long id = nextId("document_folder");
			folders.put(((Number) folder.get("id")).longValue(), id);
			Object parent = folder.get("parent_id");
			Map<String, Object> copy = with(with(folder, "id", id), "project_id", project);
			copy.put("parent_id", parent == null ? null : folders.get(((Number) parent).longValue()));
			insertOne("document_folder", copy, written);
		}
		Map<Long, List<Map<String, Object>>> files = new HashMap<>();
		for (Map<String, Object> entry : entries) {
			long id = ((Number) entry.get("id")).longValue();
			files.put(id, rows.read("select * from document_file where document_id = ? order by position", id));
		}
		{
			for (int i = 0; i < volume.documentsPerProject(); i++) {
				Map<String, Object> entry = entries.get(i % entries.size());
				long id = nextId("document_entry");
				Copies copies = new Copies(Map.of(), Duration.ofDays(random.nextInt(3 * 365)));
				Map<String, Object> row = copies.of(entry, Map.of("id", id, "project_id", project, "folder_id",
						folders.get(((Number) entry.get("folder_id")).longValue())));
				row.put("title", title(i * 3 + p) + "（資料）");
				rows.insert("document_entry", row);
				for (Map<String, Object> file : files.get(((Number) entry.get("id")).longValue())) {
					rows.insert("document_file", with(with(file, "id", nextId("document_file")), "document_id", id));
				}
			}
		}
	}

	private void events(Templates works, long project, int p, Map<String, String> members, Volume volume,
			Map<String, Long> written) throws SQLException {
		Map<String, Object> event = rows.read("select * from schedule_event where id = ?", works.event).get(0);
		List<String> owners = membersOf.get(project);
		{
			for (int i = 0; i < volume.eventsPerProject(); i++) {
				// two years back and one ahead, in working hours
				OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9))
					.withHour(9 + random.nextInt(8)).withMinute(0).withSecond(0).withNano(0)
					.minusDays(730 - random.nextInt(1095));
				Map<String, Object> row = new LinkedHashMap<>(event);
				row.put("id", nextId("schedule_event"));
				row.put("owner_id", owners.get(random.nextInt(owners.size())));
				row.put("series_id", new UUID(random.nextLong(), random.nextLong()).toString());
				row.put("uid", new UUID(random.nextLong(), random.nextLong()) + "@kyoyu");
				row.put("project_id", project);
				row.put("title", MATTERS[random.nextInt(MATTERS.length)] + VERBS[random.nextInt(VERBS.length)]);
				row.put("all_day", false);
				row.put("start_at", start);
				row.put("end_at", start.plusHours(1 + random.nextInt(2)));
				row.put("created_at", start.minusDays(7));
				row.put("updated_at", start.minusDays(7));
				rows.insert("schedule_event", row);
			}
		}
	}

	private void consultations(Templates works, long project, int p, Map<String, String> members, Volume volume,
			Map<String, Long> written) throws SQLException {
		Map<String, Object> matter = rows.read("select * from consultation_matter where id = ?", works.consultation)
			.get(0);
		Map<String, Object> comment = rows.read("select * from consultation_comment where matter_id = ?",
				works.consultation).get(0);
		{
			for (int i = 0; i < volume.consultationsPerProject(); i++) {
				long id = nextId("consultation_matter");
				Copies copies = new Copies(users(members), Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
				Map<String, Object> row = copies.of(matter, Map.of("id", id, "project_id", project));
				row.put("title", title(i * 5 + p));
				rows.insert("consultation_matter", row);
				rows.insert("consultation_comment", copies.of(comment, Map.of("id", nextId("consultation_comment"), "matter_id", id)));
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	/** The demo users' parts on this project's routes (see {@link #roles}). */
	private static Map<String, String> users(Map<String, String> members) {
		Map<String, String> users = new HashMap<>(members);
		users.remove("*agency");
		users.remove("*contractor");
		return users;
	}

	private String title(int i) {
		return MATTERS[Math.floorMod(i * 7 + random.nextInt(3), MATTERS.length)] + VERBS[Math.floorMod(i, VERBS.length)]
				+ "（" + PLACES[Math.floorMod(i / 3, PLACES.length)] + "・第" + (i + 1) + "回）";
	}

	private String body(int i) {
		StringBuilder body = new StringBuilder();
		for (int s = 0; s < 4; s++) {
			body.append(PLACES[random.nextInt(PLACES.length)]).append("の").append(MATTERS[random.nextInt(MATTERS.length)])
				.append(VERBS[random.nextInt(VERBS.length)].replace("について", "")).append("を行います。");
		}
		return body.append("（整理番号 ").append(i).append("）").toString();
	}

	private OffsetDateTime pastTime(int days) {
		return OffsetDateTime.ofInstant(now.minusSeconds(random.nextInt(days * 86_400)), ZoneOffset.UTC);
	}

	private long nextId(String table) throws SQLException {
		Long next = nextIds.get(table);
		if (next == null) {
			next = rows.number("select coalesce(max(id), 0) + 1 from " + table);
		}
		nextIds.put(table, next + 1);
		return next;
	}

	private String freshId(String template) {
		String fresh = new UUID(random.nextLong(), random.nextLong()).toString();
		int colon = template.indexOf(':');
		return colon < 0 ? fresh : template.substring(0, colon + 1) + fresh;
	}

	private static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		copy.put(column, value);
		return copy;
	}

	private static void add(Map<String, List<Map<String, Object>>> byTable, String table,
			List<Map<String, Object>> found) {
		if (!found.isEmpty()) {
			byTable.computeIfAbsent(table, t -> new ArrayList<>()).addAll(found);
		}
	}

	private void insertOne(String table, Map<String, Object> row, Map<String, Long> written) throws SQLException {
		rows.insert(table, row);
	}

	/** What a template project holds: its proposals by status and (for the works project) the samples. */
	private final class Templates {

		final long project;

		final List<Long> approved = new ArrayList<>();

		final List<Long> inReview = new ArrayList<>();

		final List<Long> sentBack = new ArrayList<>();

		long post;

		long event;

		long consultation;

		Templates(long project) throws SQLException {
			this.project = project;
			for (Map<String, Object> row : rows.read("select p.id, p.status from proposal_proposal p join"
					+ " workflow_submission s on s.proposal_id = p.id where p.project_id = ? order by p.id", project)) {
				long id = ((Number) row.get("id")).longValue();
				switch ((String) row.get("status")) {
					case "APPROVED" -> approved.add(id);
					case "IN_REVIEW" -> inReview.add(id);
					case "SENT_BACK" -> sentBack.add(id);
					default -> {
					}
				}
			}
			post = rows.number("select min(id) from board_post where project_id = ?", project);
			event = rows.number("select min(id) from schedule_event where project_id = ?", project);
			consultation = rows.number("select min(id) from consultation_matter where project_id = ?", project);
		}
	}
}
