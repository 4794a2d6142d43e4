package org.fairflow.portal.badge;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreviousHolderRepository extends JpaRepository<PreviousHolder, Long> {

	Page<PreviousHolder> findByCreditCodeAndEditionLessThan(String creditCode, int edition, Pageable pageable);

	Optional<PreviousHolder> findByIdAndCreditCodeAndEditionLessThan(Long id, String creditCode, int edition);

	boolean existsByCreditCode(String creditCode);

}

interface PreviousHolderPhotoRepository extends JpaRepository<PreviousHolderPhoto, Long> {

}
