package jp.kyoyu.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserGroupRepository extends JpaRepository<UserGroup, Long> {

	List<UserGroup> findByOwnerUserIdOrderByName(String ownerUserId);
}
