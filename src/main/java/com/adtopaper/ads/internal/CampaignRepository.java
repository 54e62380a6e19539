package com.adtopaper.ads.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.adtopaper.ads.CampaignStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<CampaignEntity, Long> {

	List<CampaignEntity> findByAdvertiserIdOrderByIdDesc(long advertiserId);

	Optional<CampaignEntity> findByIdAndAdvertiserId(long id, long advertiserId);

	List<CampaignEntity> findByStatusInOrderById(Collection<CampaignStatus> statuses);

}
