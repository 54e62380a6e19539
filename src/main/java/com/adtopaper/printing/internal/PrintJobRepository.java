package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.adtopaper.printing.JobStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PrintJobRepository extends JpaRepository<PrintJobEntity, String> {

	Optional<PrintJobEntity> findByIdAndMemberId(String id, long memberId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select j from PrintJobEntity j where j.id = :id")
	Optional<PrintJobEntity> lockById(@Param("id") String id);

	Page<PrintJobEntity> findByMemberIdOrderByCreatedAtDesc(long memberId, Pageable page);

	List<PrintJobEntity> findByReleaseCodeAndStatus(String releaseCode, JobStatus status);

	boolean existsByReleaseCodeAndStatusIn(String releaseCode, Collection<JobStatus> statuses);

	/**
	 * The oldest job released to this printer, if any, still unclaimed (a hint: the claim
	 * decides).
	 */
	@Query("""
			select j.id from PrintJobEntity j
			where j.printerId = :printer and j.status = com.adtopaper.printing.JobStatus.RELEASED
			order by j.releasedAt""")
	List<String> releasedTo(@Param("printer") long printerId, Pageable first);

	/**
	 * Claims a released job for its printer ({@link JobTransition#CLAIM}): one
	 * conditional update, so of many requests at once exactly one changes the row.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update PrintJobEntity j set j.status = com.adtopaper.printing.JobStatus.CLAIMED, j.claimedAt = :now,
			  j.lastReportAt = :now, j.version = j.version + 1
			where j.id = :id and j.printerId = :printer and j.status = com.adtopaper.printing.JobStatus.RELEASED""")
	int claim(@Param("id") String id, @Param("printer") long printerId, @Param("now") Instant now);

	@Query("""
			select j.id from PrintJobEntity j
			where j.status in (com.adtopaper.printing.JobStatus.HELD, com.adtopaper.printing.JobStatus.RELEASED)
			  and j.expiresAt <= :now""")
	List<String> expired(@Param("now") Instant now, Pageable batch);

	@Query("""
			select j.id from PrintJobEntity j
			where j.status in (com.adtopaper.printing.JobStatus.CLAIMED, com.adtopaper.printing.JobStatus.PRINTING)
			  and j.lastReportAt <= :before""")
	List<String> silentSince(@Param("before") Instant before, Pageable batch);

	/**
	 * How many jobs wait at each of these printers (released to it, claimed or printing):
	 * rows of printer id and count.
	 */
	@Query("""
			select j.printerId, count(j) from PrintJobEntity j
			where j.printerId in :printers and j.status in (com.adtopaper.printing.JobStatus.RELEASED,
			  com.adtopaper.printing.JobStatus.CLAIMED, com.adtopaper.printing.JobStatus.PRINTING)
			group by j.printerId""")
	List<Object[]> waitingAt(@Param("printers") Collection<Long> printerIds);

}
