package com.adtopaper.printing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<SiteEntity, Long> {

	/** A partner's sites (indexed: {@code ix_partner_sites_partner}). */
	List<SiteEntity> findByPartnerId(long partnerId);

}
