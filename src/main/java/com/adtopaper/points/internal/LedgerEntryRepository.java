package com.adtopaper.points.internal;

import java.util.Optional;

import com.adtopaper.points.EntryKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntryEntity, Long> {

	Optional<LedgerEntryEntity> findByIdempotencyKey(String idempotencyKey);

	Optional<LedgerEntryEntity> findFirstByHoldKeyAndKind(String holdKey, EntryKind kind);

	Page<LedgerEntryEntity> findByMemberIdOrderByIdDesc(long memberId, Pageable page);

	@Query("select coalesce(sum(e.heldChange), 0) from LedgerEntryEntity e where e.holdKey = :holdKey")
	long heldOn(String holdKey);

	/** What the hold's job charged, less what operators gave back of it. */
	@Query("select coalesce(sum(case when e.kind = com.adtopaper.points.EntryKind.CHARGE then e.points "
			+ "when e.kind = com.adtopaper.points.EntryKind.REFUND then -e.points else 0 end), 0) "
			+ "from LedgerEntryEntity e where e.holdKey = :holdKey")
	long refundableOn(String holdKey);

}
