package com.adtopaper.printing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

	Optional<DocumentEntity> findByIdAndMemberId(long id, long memberId);

	List<DocumentEntity> findTop50ByMemberIdOrderByIdDesc(long memberId);

}
