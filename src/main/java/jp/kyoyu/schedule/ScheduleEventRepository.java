package jp.kyoyu.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleEventRepository extends JpaRepository<ScheduleEvent, Long> {

	/**
	 * The owners' single events overlapping [from, to) (or starting in it, for zero-length ones). {@code endAt >=
	 * from} is implied by the rest; it is spelt out so the index on (owner, end) bounds the scan by the range's
	 * start: a calendar's past grows with every year while its future stays short, so a scan on the start reads
	 * the whole history before {@code to} (issue #21, the month overview at a prefecture's volume).
	 */
	@Query("""
			select e from ScheduleEvent e where e.ownerId in :owners and e.rrule is null
			  and e.endAt >= :from and e.startAt < :to and (e.endAt > :from or e.startAt >= :from)""")
	List<ScheduleEvent> findSingles(Collection<String> owners, Instant from, Instant to);

	/**
	 * The owners' recurring series that may have an occurrence in [from, to): started before its end and not ended
	 * before its start (or with a first occurrence overlapping it). Few per person; found by the index on (owner,
	 * rrule).
	 */
	@Query("""
			select e from ScheduleEvent e where e.ownerId in :owners and e.rrule is not null and e.startAt < :to
			  and (e.seriesUntil is null or e.seriesUntil > :from or e.endAt > :from or e.startAt >= :from)""")
	List<ScheduleEvent> findSeries(Collection<String> owners, Instant from, Instant to);

	/** The changed occurrences of the owners' imported series (owner, UID, key), which their expansion leaves out. */
	@Query("""
			select e.ownerId, e.uid, e.recurrenceKey from ScheduleEvent e
			where e.ownerId in :owners and e.uid in :uids and e.recurrenceKey <> ''""")
	List<Object[]> findOverriddenKeys(Collection<String> owners, Collection<String> uids);

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
