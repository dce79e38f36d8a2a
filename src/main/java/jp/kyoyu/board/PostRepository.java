package jp.kyoyu.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

	long countByProjectId(long projectId);

	List<Post> findByBundleAndAuthorUserId(String bundle, String authorUserId);
}
