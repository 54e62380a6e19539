package com.adtopaper.member.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<SchoolEntity, Long> {

	List<SchoolEntity> findAllByOrderByNameAsc();

}
