package jp.kyoyu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AbsenceManagement;
import jp.kyoyu.identity.AbsencePeriod;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.JobTitleInput;
import jp.kyoyu.masterdata.JobTitleManagement;
import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.masterdata.OrganisationInput;
import jp.kyoyu.masterdata.OrganisationKind;
import jp.kyoyu.masterdata.OrganisationManagement;

/**
 * Creates the demo users and projects on first start with an empty database, and only then: a restart or
 * a database someone already uses is never touched.
 */
@Component
class DemoData {

	static final String PASSWORD = "Kyoyu#Demo2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String AGENCY = "デモ県 農林水産部 中部農地整備事務所";

	private final DemoSettings settings;

	private final IdentityManagement identity;

	private final AccountManagement accounts;

	private final DemoProjects projects;

	private final AbsenceManagement absences;

	private final Clock clock;

	private final OrganisationManagement organisations;

	private final JobTitleManagement jobTitles;

	DemoData(DemoSettings settings, IdentityManagement identity, AccountManagement accounts, DemoProjects projects,
			AbsenceManagement absences, Clock clock, OrganisationManagement organisations,
			JobTitleManagement jobTitles) {
		this.organisations = organisations;
		this.jobTitles = jobTitles;
		this.settings = settings;
		this.identity = identity;
		this.accounts = accounts;
		this.projects = projects;
		this.absences = absences;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void createOnFirstStart() {
		if (!settings.enabled() || !identity.hasNoUsers()) {
			return;
		}
		log.info("Empty database and demo data enabled: creating demo users and projects");
		fillMasterData();
		for (DemoUser user : users()) {
			accounts.create(new UserDetailsInput(user.id(), user.name(), user.id() + "@demo.kyoyu.example", PASSWORD,
					user.side(), user.organisation(), user.jobTitle(), null), user.id().equals("admin"));
		}
		projects.create();
		// kantoku is away tomorrow and the day after, shunin standing in: the supervisor's overview shows the
		// absence in this week from the first start on. Not today, so the demo's approvals today reach kantoku.
		LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).plusDays(1);
		absences.replace("kantoku", List.of(new AbsencePeriod(tomorrow, tomorrow.plusDays(1), "shunin")));
	}

	/**
	 * A user's organisation and job title must be entries of the master data (issue #22): the demo users' ones are
	 * registered first, so the 組織 master is not empty while the users have organisations.
	 */
	private void fillMasterData() {
		Set<String> knownOrganisations = organisations.findAll().stream().map(Organisation::name)
			.collect(Collectors.toCollection(HashSet::new));
		Set<String> knownJobTitles = jobTitles.findAll().stream().map(JobTitle::name)
			.collect(Collectors.toCollection(HashSet::new));
		for (DemoUser user : users()) {
			if (knownOrganisations.add(user.organisation())) {
				OrganisationKind kind = user.side() == Side.AGENCY ? OrganisationKind.ORDERER : OrganisationKind.CONTRACTOR;
				organisations.create(new OrganisationInput(user.organisation(), kind, null));
			}
			if (knownJobTitles.add(user.jobTitle())) {
				jobTitles.create(new JobTitleInput(user.jobTitle(), null));
			}
		}
	}

	private static List<DemoUser> users() {
		return List.of(new DemoUser("admin", "システム管理者", Side.AGENCY, AGENCY, "システム管理者"),
				new DemoUser("sokatsu", "佐藤 総一", Side.AGENCY, AGENCY, "総括監督員"),
				new DemoUser("shunin", "鈴木 主税", Side.AGENCY, AGENCY, "主任監督員"),
				new DemoUser("kantoku", "高橋 監子", Side.AGENCY, AGENCY, "監督員"),
				new DemoUser("tanto", "田中 担", Side.AGENCY, AGENCY, "業務担当員"),
				new DemoUser("genba", "伊藤 現", Side.CONTRACTOR, "デモ建設株式会社", "現場代理人"),
				new DemoUser("gyomu", "渡辺 業", Side.CONTRACTOR, "デモ測量設計株式会社", "管理技術者"));
	}

	private record DemoUser(String id, String name, Side side, String organisation, String jobTitle) {
	}
}
