package com.adtopaper.points.internal;

import java.util.List;
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

	@Query(value = "select coalesce(min(member_id), 0) as low, coalesce(max(member_id), -1) as high from points_accounts",
			nativeQuery = true)
	List<Object[]> idBounds();

	/**
	 * The lowest and the highest member id with an account: {@code [0, -1]} when there is
	 * none.
	 */
	default long[] idRange() {
		Object[] bounds = idBounds().getFirst();
		return new long[] { ((Number) bounds[0]).longValue(), ((Number) bounds[1]).longValue() };
	}

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
