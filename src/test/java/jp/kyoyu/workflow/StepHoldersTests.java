package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;

/** Who is told of a step, may act on it and is reminded of it: the assignee and the deputies it is offered to. */
class StepHoldersTests {

	@Test
	void theAssigneeComesFirstThenEachDeputyOnceAndGroupsOrOtherLinksAreNotPeople() {
		var holders = StepHolders.of("kantoku", List.of(link(IdentityLinkType.CANDIDATE, "dairi", null),
				link(IdentityLinkType.CANDIDATE, "kantoku", null), link(IdentityLinkType.CANDIDATE, "dairi", null),
				link(IdentityLinkType.CANDIDATE, null, "camunda-admin"), link(IdentityLinkType.OWNER, "genba", null)));

		assertThat(holders).containsExactly("kantoku", "dairi");
	}

	@Test
	void aStepWithoutAssigneeIsHeldByItsCandidatesAlone() {
		assertThat(StepHolders.of(null, List.of(link(IdentityLinkType.CANDIDATE, "dairi", null))))
			.containsExactly("dairi");
		assertThat(StepHolders.of(null, List.of())).isEmpty();
	}

	private static IdentityLinkEntity link(String type, String userId, String groupId) {
		IdentityLinkEntity link = new IdentityLinkEntity();
		link.setType(type);
		link.setUserId(userId);
		link.setGroupId(groupId);
		return link;
	}
}
