package jp.kyoyu.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AudienceRepository extends JpaRepository<Audience, Long> {

	List<Audience> findByPostId(long postId);
}
