package jp.kyoyu.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

	/** The user's memberships with their projects, in one query. */
	@Query("select m from ProjectMember m join fetch m.project where m.userId = :userId and m.project.frozen = false")
	List<ProjectMember> findWithProjectByUserId(String userId);

	/** Every membership of the projects, in one query (the members of all of a user's projects at once). */
	@Query("select m from ProjectMember m where m.project.id in :projectIds")
	List<ProjectMember> findByProjectIdIn(java.util.Collection<Long> projectIds);

	/**
	 * Whether the user is a member: asked on every page and approval step. Written out, because a derived query
	 * builds a criteria query anew on each call, which cost more than the query itself.
	 */
	@Query("select count(m) > 0 from ProjectMember m where m.project.id = :projectId and m.userId = :userId"
			+ " and m.project.frozen = false")
	boolean existsByProjectIdAndUserId(Long projectId, String userId);

	/** The members of every (not frozen) project the user is a member of: the people the user works with. */
	@Query("select distinct other.userId from ProjectMember mine, ProjectMember other"
			+ " where mine.userId = :userId and other.project = mine.project and mine.project.frozen = false")
	List<String> colleaguesOf(String userId);
}
