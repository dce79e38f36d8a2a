package jp.kyoyu.project.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jp.kyoyu.project.BasicInfo;
import jp.kyoyu.project.BasicInfoItem;
import jp.kyoyu.project.BasicInfoMember;
import jp.kyoyu.project.RetentionPlan;
import jp.kyoyu.shared.Wording;

/**
 * The exported basic info as label/value lines, in Japanese: one list for the CSV and the PDF, so both say the
 * same. Japanese always (like the other exports): the file is handed to the supervisor, not read on screen.
 */
final class BasicInfoLines {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private BasicInfoLines() {
	}

	static List<String[]> of(BasicInfo info) {
		List<String[]> lines = new ArrayList<>();
		for (BasicInfoItem item : info.items()) {
			lines.add(new String[] { item.label(), item.value() });
		}
		for (BasicInfoMember member : info.members()) {
			lines.add(new String[] { Wording.japanese("project.basic-info.member", member.roleLabel()),
					member.name() + "（" + member.userId() + "）" });
		}
		RetentionPlan plan = info.erasure();
		if (plan == null) {
			lines.add(new String[] { Wording.japanese("project.basic-info.erasure-date"),
					Wording.japanese("project.basic-info.erasure-none") });
		}
		else {
			lines.add(new String[] { Wording.japanese("project.basic-info.erasure-date"), plan.erasureDate().toString() });
			lines.add(new String[] { Wording.japanese("project.basic-info.erasure-basis"), plan.basis() });
			lines.add(new String[] { Wording.japanese("project.basic-info.retention"),
					Wording.japanese("project.basic-info.retention-days", plan.retentionDays()) });
		}
		lines.add(new String[] { Wording.japanese("project.basic-info.issued-at"),
				AT.format(info.issuedAt().atZone(JAPAN)) });
		return lines;
	}
}
