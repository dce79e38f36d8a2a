package jp.kyoyu.board;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

	List<Reply> findByPostIdInOrderByCreatedAtAscIdAsc(Collection<Long> postIds);
}
