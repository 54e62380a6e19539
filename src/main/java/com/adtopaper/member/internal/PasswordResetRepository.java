package com.adtopaper.member.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRepository extends JpaRepository<PasswordResetEntity, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PasswordResetEntity> findByTokenHash(String tokenHash);

	boolean existsByTokenHashAndUsedAtIsNullAndExpiresAtAfter(String tokenHash, Instant now);

	List<PasswordResetEntity> findByAccountIdAndUsedAtIsNullOrderByIdDesc(long accountId);

	@Modifying
	@Query("delete from PasswordResetEntity r where r.accountId = :accountId")
	int deleteByAccount(long accountId);

}
