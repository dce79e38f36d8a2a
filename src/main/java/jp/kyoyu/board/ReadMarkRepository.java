package jp.kyoyu.board;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReadMarkRepository extends JpaRepository<ReadMark, Long> {

	List<ReadMark> findByUserIdAndPostIdIn(String userId, Collection<Long> postIds);
}
