package jp.kyoyu.masterdata;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

	Optional<OrganisationEntity> findByName(String name);

	long countByAgencyId(Long agencyId);
}
