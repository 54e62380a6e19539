package com.adtopaper.ads.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvertiserRepository extends JpaRepository<AdvertiserEntity, Long> {

	Optional<AdvertiserEntity> findByAccountId(long accountId);

}
