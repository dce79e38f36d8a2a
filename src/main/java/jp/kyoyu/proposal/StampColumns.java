package jp.kyoyu.proposal;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.SealImages;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;

/**
 * Fills the stamp columns of the printed form (総括監督員・主任監督員・監督員, 現場代理人・主任技術者) from the approval
 * record (issue #22). A column is the project role of the person whose step it was; the latest stamp of a column
 * wins, and a send-back to the proposer clears every column, because the document then starts its route again.
 *
 * <ul>
 * <li>submission: the proposer's column;</li>
 * <li>approval, view confirmation, approve-ahead: the column of the step's holder; a deputy's step is stamped by the
 * deputy, in the absent holder's column, marked 代理;</li>
 * <li>post-review (後閲) after an approve-ahead: the reviewer's column, marked 後閲.</li>
 * </ul>
 * Roles are read when printing: someone no longer in the project has no column, and their stamp is not printed.
 */
@Component
class StampColumns {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final Set<ApprovalAction> STAMPING = Set.of(ApprovalAction.SUBMIT, ApprovalAction.RESUBMIT,
			ApprovalAction.APPROVE, ApprovalAction.CONFIRM, ApprovalAction.APPROVE_AHEAD, ApprovalAction.POST_REVIEWED);

	private final ProjectManagement projects;

	private final SealImages seals;

	StampColumns(ProjectManagement projects, SealImages seals) {
		this.projects = projects;
		this.seals = seals;
	}

	Map<ProjectRole, Stamp> of(long projectId, List<ApprovalStep> record) {
		return of(record, userId -> userId == null ? Optional.empty() : projects.roleOf(projectId, userId),
				step -> seals.uploaded(step.actorUserId()).orElseGet(() -> SealImages.generated(step.actorName())));
	}

	static Map<ProjectRole, Stamp> of(List<ApprovalStep> record, Function<String, Optional<ProjectRole>> roleOf,
			Function<ApprovalStep, byte[]> sealOf) {
		Map<ProjectRole, Stamp> columns = new EnumMap<>(ProjectRole.class);
		for (ApprovalStep step : record) {
			if (step.action() == ApprovalAction.SEND_BACK_TO_PROPOSER) {
				columns.clear();
				continue;
			}
			if (!STAMPING.contains(step.action())) {
				continue;
			}
			String holder = step.onBehalfOfUserId() != null ? step.onBehalfOfUserId() : step.actorUserId();
			Optional<ProjectRole> column = roleOf.apply(holder);
			if (column.isEmpty()) {
				continue;
			}
			columns.put(column.get(), new Stamp(step.actorName(), step.at().atZone(JAPAN).toLocalDate(),
					sealOf.apply(step), step.onBehalfOfName(),
					step.action() == ApprovalAction.POST_REVIEWED));
		}
		return columns;
	}
}
