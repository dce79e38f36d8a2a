package jp.kyoyu.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AbsenceRepository extends JpaRepository<Absence, Long> {

	@Query("select a from Absence a where a.userId = ?1 order by a.startsOn")
	List<Absence> findByUser(String userId);

	@Query("select a from Absence a where a.userId in ?1 and a.startsOn <= ?3 and a.endsOn >= ?2 order by a.startsOn")
	List<Absence> findOverlapping(Collection<String> userIds, LocalDate from, LocalDate to);

	@Query("select a from Absence a where a.userId = ?1 and a.startsOn <= ?2 and a.endsOn >= ?2")
	List<Absence> findOn(String userId, LocalDate day);

	void deleteByUserId(String userId);
}
