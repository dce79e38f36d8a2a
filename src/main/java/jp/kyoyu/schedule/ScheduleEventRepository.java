package jp.kyoyu.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleEventRepository extends JpaRepository<ScheduleEvent, Long> {

	/**
	 * The owners' events that may have an occurrence in [from, to): single events overlapping it (or starting
	 * in it, for zero-length ones) and recurring series that start before its end and have not ended.
	 */
	@Query("""
			select e from ScheduleEvent e where e.ownerId in :owners and e.startAt < :to
			  and (e.endAt > :from or e.startAt >= :from
			       or (e.rrule is not null and (e.seriesUntil is null or e.seriesUntil > :from)))""")
	List<ScheduleEvent> findCandidates(Collection<String> owners, Instant from, Instant to);

	List<ScheduleEvent> findBySeriesIdAndOwnerIdOrderById(String seriesId, String ownerId);

	Optional<ScheduleEvent> findByOwnerIdAndUidAndRecurrenceKey(String ownerId, String uid, String recurrenceKey);

	/** The changed occurrences of an imported series, which its expansion leaves out. */
	@Query("select e.recurrenceKey from ScheduleEvent e where e.ownerId = :ownerId and e.uid = :uid and e.recurrenceKey <> ''")
	List<String> findOverriddenKeys(String ownerId, String uid);

	List<ScheduleEvent> findByOwnerIdAndUid(String ownerId, String uid);

	List<ScheduleEvent> findByOwnerIdAndSourceRefOrderById(String ownerId, String sourceRef);

	/** What the owner's subscription feed carries: everything not long over, and every series. */
	@Query("select e from ScheduleEvent e where e.ownerId = :ownerId and (e.endAt >= :since or e.rrule is not null) order by e.startAt, e.id")
	List<ScheduleEvent> findForFeed(String ownerId, Instant since);

	long countByProjectId(Long projectId);
}
