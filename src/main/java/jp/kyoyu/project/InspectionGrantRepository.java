package jp.kyoyu.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionGrantRepository extends JpaRepository<InspectionGrant, Long> {

	List<InspectionGrant> findByProjectIdAndUserId(long projectId, String userId);

	List<InspectionGrant> findByProjectIdOrderByValidFromAscIdAsc(long projectId);

	List<InspectionGrant> findByUserIdOrderByValidFromAscIdAsc(String userId);
}
