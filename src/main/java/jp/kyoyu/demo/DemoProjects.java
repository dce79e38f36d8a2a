package jp.kyoyu.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.project.ProjectInput;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;

/**
 * The demo works project and service project with their members, set up by the administrator as in real use.
 * kantoku supervises both, so the demo shows one login reaching several projects (C8.2). The basic info is
 * complete (受注者コード and the registration number included) because the deliverable's checker refuses an export
 * without it, and a newcomer's first export should succeed.
 */
@Component
class DemoProjects {

	static final String WORKS_NAME = "中部地区 用排水路改修工事（その1）";

	static final String SERVICE_NAME = "中部地区 農地整備事業 測量設計業務委託";

	private static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	private final ProjectManagement projects;

	private final DemoContents contents;

	DemoProjects(ProjectManagement projects, DemoContents contents) {
		this.projects = projects;
		this.contents = contents;
	}

	void create() {
		ProjectDetails works = projects.create(new ProjectInput(ProjectKind.WORKS, 2026, "R8-中部-農整-第12号", WORKS_NAME,
				"農業農村整備", "土木一式工事", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 15),
				"用排水路 L=1,250m の改修（プレキャストU字溝 B600〜B900 布設替え）、付帯する分水工 4箇所、仮設工一式",
				"デモ県中部市北原町地内", "1365512", "1365648", "350912", "350805", "都道府県", "デモ県", "農林水産部",
				"中部農地整備事務所", "99204", "デモ建設株式会社", "0012345", "2026000123", "99206",
				"農業土木／用排水路工\n農業土木／仮設工", "中部川水系 北原川"), ADMIN);
		projects.addMember(works.id(), "sokatsu", ProjectRole.GENERAL_SUPERVISOR, ADMIN);
		projects.addMember(works.id(), "shunin", ProjectRole.SENIOR_SUPERVISOR, ADMIN);
		projects.addMember(works.id(), "kantoku", ProjectRole.SUPERVISOR, ADMIN);
		projects.addMember(works.id(), "genba", ProjectRole.SITE_AGENT, ADMIN);
		fill(() -> contents.fillWorks(works.id()));

		ProjectDetails service = projects.create(new ProjectInput(ProjectKind.SERVICE, 2026, "R8-中部-農整-委第3号",
				SERVICE_NAME, "農業土木", null, LocalDate.of(2026, 5, 15), LocalDate.of(2027, 2, 26),
				"ほ場整備 A=35.2ha の基準点測量・現地測量・路線測量と、区画整理・用排水路の実施設計",
				"デモ県中部市南野町・東原町地内", "1365420", "1365705", "350640", "350455", "都道府県", "デモ県",
				"農林水産部", "中部農地整備事務所", "99204", "デモ測量設計株式会社", "0067890", "2026000456", "99207", null,
				null), ADMIN);
		projects.addMember(service.id(), "kantoku", ProjectRole.SUPERVISOR, ADMIN);
		projects.addMember(service.id(), "tanto", ProjectRole.SERVICE_SUPERVISOR, ADMIN);
		projects.addMember(service.id(), "gyomu", ProjectRole.MANAGING_ENGINEER, ADMIN);
		fill(() -> contents.fillService(service.id()));
	}

	/**
	 * The contents go through the real forms and routes; if a later change makes one of them refuse the demo's
	 * values, the projects and users still come up (a demo that does not start helps nobody) and the log says
	 * what is missing. DemoExportsIntegrationTests fails in that case, so it does not go unnoticed.
	 */
	private static void fill(Runnable filling) {
		try {
			filling.run();
		}
		catch (RuntimeException e) {
			log.error("Demo contents incomplete: {}", e.getMessage(), e);
		}
	}
}
