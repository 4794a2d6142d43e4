package org.fairflow.portal.exhibit;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** What {@link ItemEditing} needs of a listable kind's table. */
@NoRepositoryBean
public interface ListableItemRepository<I extends ListableItem> extends JpaRepository<I, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from #{#entityName} i where i.id = ?1")
	Optional<I> lockById(Long id);

	boolean existsByNumber(String number);

}
