package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

	/**
	 * Past its retention, kept by nobody, and needed by no unfinished job (a job held,
	 * released or printing reads the file when it prints).
	 */
	String DUE = """
			d.expiredAt is null and d.keepFile = false and d.createdAt < :uploadedBefore
			and not exists (select j.id from PrintJobEntity j where j.documentId = d.id
				and j.status in (com.adtopaper.printing.JobStatus.HELD, com.adtopaper.printing.JobStatus.RELEASED,
					com.adtopaper.printing.JobStatus.CLAIMED, com.adtopaper.printing.JobStatus.PRINTING))""";

	Optional<DocumentEntity> findByIdAndMemberId(long id, long memberId);

	List<DocumentEntity> findByMemberId(long memberId);

	List<DocumentEntity> findTop50ByMemberIdOrderByIdDesc(long memberId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from DocumentEntity d where d.id = :id")
	Optional<DocumentEntity> lockById(@Param("id") long id);

	/** Documents whose file is due for deletion, oldest first. */
	@Query("select d.id from DocumentEntity d where " + DUE + " order by d.id")
	List<Long> dueForDeletion(@Param("uploadedBefore") Instant uploadedBefore, Pageable page);

	@Query("select count(d) > 0 from DocumentEntity d where d.id = :id and " + DUE)
	boolean isDueForDeletion(@Param("id") long id, @Param("uploadedBefore") Instant uploadedBefore);

}
