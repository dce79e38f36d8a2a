package jp.kyoyu.workflow;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who holds an open step: its assignee and the users it is offered to (the deputies of an absent holder). They
 * may act on it, and its notices and reminders go to all of them.
 */
final class StepHolders {

	private StepHolders() {
	}

	/** The assignee first, then the candidate users, each once. */
	static Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
		Set<String> holders = new LinkedHashSet<>();
		if (assignee != null) {
			holders.add(assignee);
		}
		for (IdentityLink link : links) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
				holders.add(link.getUserId());
			}
		}
		return holders;
	}
}
