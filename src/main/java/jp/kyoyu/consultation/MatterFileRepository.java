package jp.kyoyu.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatterFileRepository extends JpaRepository<MatterFile, Long> {

	List<MatterFile> findByMatterIdOrderByIdAsc(long matterId);
}
