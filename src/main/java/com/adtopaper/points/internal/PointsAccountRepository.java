package com.adtopaper.points.internal;

import java.util.ArrayList;
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

	/**
	 * The member id {@code skip} accounts after {@code from} (itself, if it has one, when
	 * 0), in id order; none past the last.
	 */
	@Query(value = "select member_id from points_accounts where member_id >= :from order by member_id"
			+ " limit 1 offset :skip", nativeQuery = true)
	Optional<Long> idAfter(long from, int skip);

	/**
	 * Where each range of {@code size} members starts, and where the last ends
	 * (exclusive): ranges of ids that hold members, however far apart the ids are (ranges
	 * of a fixed width would make one job for each empty stretch of a sparse id space).
	 */
	default List<Long> rangeBounds(int size) {
		List<Long> bounds = new ArrayList<>();
		Optional<Long> next = idAfter(Long.MIN_VALUE, 0);
		while (next.isPresent()) {
			long from = next.get();
			bounds.add(from);
			next = idAfter(from, size);
			if (next.isEmpty()) {
				bounds.add(lastId(from) + 1);
			}
		}
		return bounds;
	}

	@Query(value = "select max(member_id) from points_accounts where member_id >= :from", nativeQuery = true)
	long lastId(long from);

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
