package com.adtopaper.member.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RefreshTokenRepository extends JpaRepository<RefreshTokenEntity, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<RefreshTokenEntity> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update RefreshTokenEntity t set t.revokedAt = :now where t.family = :family and t.revokedAt is null")
	int revokeFamily(String family, Instant now);

	@Modifying
	@Query("update RefreshTokenEntity t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
	int revokeAccount(long accountId, Instant now);

}
