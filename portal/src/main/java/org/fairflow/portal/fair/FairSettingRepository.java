package org.fairflow.portal.fair;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FairSettingRepository extends JpaRepository<FairSetting, Long> {

	Optional<FairSetting> findFirstByOrderByIdDesc();

	List<FairSetting> findTop50ByOrderByIdDesc();

}
