package jp.kyoyu.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface TreeMarkRepository extends JpaRepository<TreeMark, Long> {
}
