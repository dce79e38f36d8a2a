package jp.kyoyu.identity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PermissionGrantRepository extends JpaRepository<PermissionGrant, PermissionGrant.Key> {

	List<PermissionGrant> findByUserId(String userId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from PermissionGrant g where g.userId = :userId")
	void deleteByUserId(String userId);
}
