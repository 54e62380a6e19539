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

}
