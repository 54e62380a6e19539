package com.adtopaper.member.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VerificationRepository extends JpaRepository<VerificationEntity, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<VerificationEntity> findByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<VerificationEntity> findByMemberIdAndUsedAtIsNullOrderByIdDesc(long memberId);

	@Modifying
	@Query("delete from VerificationEntity v where v.memberId = :memberId")
	int deleteByMember(long memberId);

}
