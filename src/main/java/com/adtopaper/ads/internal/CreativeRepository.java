package com.adtopaper.ads.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.adtopaper.ads.CreativeStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CreativeRepository extends JpaRepository<CreativeEntity, Long> {

	List<CreativeEntity> findByCampaignIdOrderByIdDesc(long campaignId);

	List<CreativeEntity> findByStatusOrderByCampaignIdAscIdAsc(CreativeStatus status);

	List<CreativeEntity> findByCampaignIdInAndStatusOrderByCampaignIdAscIdAsc(Collection<Long> campaignIds,
			CreativeStatus status);

	/** The creative, if its campaign is the advertiser's. */
	@Query("select c from CreativeEntity c, CampaignEntity k where c.id = :id and k.id = c.campaignId and k.advertiserId = :advertiserId")
	Optional<CreativeEntity> findOwned(long id, long advertiserId);

	/** Locked: two deliveries of one job finish the creative once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CreativeEntity c where c.id = :id")
	Optional<CreativeEntity> findForUpdate(long id);

}
