package org.fairflow.portal.product;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Product p where p.id = ?1")
	Optional<Product> lockById(Long id);

	boolean existsByNumber(String number);

}

interface ProductRevisionRepository extends JpaRepository<ProductRevision, Long> {

}
