package com.adtopaper.points.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PointsAccountRepository extends JpaRepository<PointsAccountEntity, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from PointsAccountEntity a where a.memberId = :memberId")
	Optional<PointsAccountEntity> lock(long memberId);

	@Modifying
	@Query(value = "insert ignore into points_accounts (member_id, available, held) values (:memberId, 0, 0)",
			nativeQuery = true)
	int createIfAbsent(long memberId);

}
