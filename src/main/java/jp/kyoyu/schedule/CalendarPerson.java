package jp.kyoyu.schedule;

import java.util.List;

/**
 * A person the viewer may see the schedule of (a row of the supervisor's overview).
 *
 * @param projectIds the viewer's projects this person takes part in
 */
public record CalendarPerson(String userId, String name, List<Long> projectIds) {
}
