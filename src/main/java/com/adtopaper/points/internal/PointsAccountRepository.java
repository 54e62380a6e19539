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

	/**
	 * Opens the account, or locks it if it exists: ON DUPLICATE KEY UPDATE takes the
	 * row's exclusive lock at once, where INSERT IGNORE would take a shared one that two
	 * concurrent first postings would both try to upgrade, and deadlock.
	 */
	@Modifying
	@Query(value = "insert into points_accounts (member_id, available, held) values (:memberId, 0, 0)"
			+ " on duplicate key update member_id = member_id", nativeQuery = true)
	int openOrLock(long memberId);

}
