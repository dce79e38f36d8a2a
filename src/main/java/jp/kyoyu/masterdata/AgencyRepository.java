package jp.kyoyu.masterdata;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<AgencyEntity, Long> {

	Optional<AgencyEntity> findByName(String name);

	Optional<AgencyEntity> findByCode(String code);
}
