package com.adtopaper.printing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrinterRepository extends JpaRepository<PrinterEntity, Long> {

	Optional<PrinterEntity> findByCode(String code);

	Optional<PrinterEntity> findByKeyId(String keyId);

	List<PrinterEntity> findBySiteIdIn(List<Long> siteIds);

}
