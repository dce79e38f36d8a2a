package jp.kyoyu.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which occurrences to list: those overlapping [from, to).
 *
 * @param projectIds the viewer's projects to show (empty: all of them). Their members are the people shown;
 *        events the viewer sees in full are shown only if they belong to one of them, busy-only time always
 * @param userIds the people to show (empty: everybody the projects give); others are silently left out
 */
public record CalendarQuery(Instant from, Instant to, Set<Long> projectIds, Set<String> userIds) {

	public CalendarQuery {
		// An empty query parameter (?projectId=) arrives as a null element: it filters nothing.
		projectIds = projectIds == null ? Set.of()
				: projectIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		userIds = userIds == null ? Set.of()
				: userIds.stream().filter(id -> id != null && !id.isBlank()).collect(Collectors.toUnmodifiableSet());
	}
}
