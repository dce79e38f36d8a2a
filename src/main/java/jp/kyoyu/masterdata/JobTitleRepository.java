package jp.kyoyu.masterdata;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobTitleRepository extends JpaRepository<JobTitleEntity, Long> {

	Optional<JobTitleEntity> findByName(String name);

	List<JobTitleEntity> findAllByOrderByDisplayOrderAscNameAsc();

	@Query("select coalesce(max(j.displayOrder), 0) from JobTitleEntity j")
	int maxDisplayOrder();
}
