package com.adtopaper.printing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrinterRepository extends JpaRepository<PrinterEntity, Long> {

	Optional<PrinterEntity> findByCode(String code);

	Optional<PrinterEntity> findByKeyId(String keyId);

	List<PrinterEntity> findBySiteIdIn(List<Long> siteIds);

	/** Each printer at the sites of a school, with its site, by site and name. */
	@Query("""
			select p, s from PrinterEntity p join SiteEntity s on s.id = p.siteId
			where s.schoolId = :schoolId order by s.name, p.name, p.id""")
	List<Object[]> findAtSchool(long schoolId);

}
