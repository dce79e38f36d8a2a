package jp.kyoyu.masterdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DayOffRepository extends JpaRepository<DayOff, Long>, HolidayStore {

	Optional<DayOff> findByDate(LocalDate date);

	List<DayOff> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

	@Query("select d.date from DayOff d")
	List<LocalDate> findAllDates();

	@Override
	default List<Holiday> loadAll() {
		return findAll(Sort.by("date")).stream().map(DayOff::toHoliday).toList();
	}
}
