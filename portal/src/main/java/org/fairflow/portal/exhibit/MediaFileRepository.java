package org.fairflow.portal.exhibit;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from ExhibitMediaFile m where m.id in ?1")
	List<MediaFile> lockAll(Collection<Long> ids);

}
