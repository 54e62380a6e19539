package com.adtopaper.member.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceRepository extends JpaRepository<DeviceEntity, Long> {

	List<DeviceEntity> findByMemberIdOrderByIdAsc(long memberId);

	Optional<DeviceEntity> findByIdAndMemberId(long id, long memberId);

	Optional<DeviceEntity> findByTokenHash(String tokenHash);

}
