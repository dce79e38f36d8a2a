package jp.kyoyu.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

	/** The user's memberships with their projects, in one query. */
	@Query("select m from ProjectMember m join fetch m.project where m.userId = :userId")
	List<ProjectMember> findWithProjectByUserId(String userId);

	boolean existsByProjectIdAndUserId(Long projectId, String userId);
}
