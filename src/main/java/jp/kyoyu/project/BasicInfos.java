package jp.kyoyu.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.kyoyu.shared.Wording;

/**
 * The exported 基本情報 of a project (G-5, issue #16). 本文3-6 asks the contractor to report to the supervisor when
 * all data will be erased; the basic info is what a contractor hands over, so the erasure date and its basis
 * travel with it. Same rights as the project page: its members and administrators, everyone else 404.
 */
@Service
public class BasicInfos {

	private final ProjectManagement projects;

	private final List<ProjectRetention> retention;

	private final Clock clock;

	BasicInfos(ProjectManagement projects, List<ProjectRetention> retention, Clock clock) {
		this.projects = projects;
		this.retention = retention;
		this.clock = clock;
	}

	public BasicInfo of(long projectId, String viewerUserId) {
		ProjectDetails project = projects.get(projectId, viewerUserId);
		ProjectInput input = project.toInput();
		List<BasicInfoItem> items = Arrays.stream(ProjectField.values())
			.map(field -> new BasicInfoItem(field.property(), field.label(project.kind()), text(field.valueOf(input))))
			.toList();
		List<BasicInfoMember> members = project.members().stream()
			.map(member -> new BasicInfoMember(member.userId(), member.name(), member.role(), member.role().label()))
			.toList();
		Optional<RetentionPlan> plan = retention.stream()
			.map(source -> source.plan(projectId))
			.flatMap(Optional::stream)
			.findFirst();
		return new BasicInfo(project.id(), project.kind(), project.name(), items, members, plan.orElse(null),
				clock.instant());
	}

	/** Dates as ISO (2027-03-15: what a spreadsheet reads as a date), the kind in words, empty as null. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof ProjectKind kind) {
			return Wording.japanese("project.kind.long." + kind.name());
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		String text = value.toString();
		return text.isBlank() ? null : text;
	}
}
