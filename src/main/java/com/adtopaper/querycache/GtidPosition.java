package com.adtopaper.querycache;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A MariaDB GTID position ({@code @@gtid_binlog_pos}, {@code @@gtid_slave_pos}): for each
 * replication domain, the sequence number of the last transaction. Within a domain a
 * replica applies transactions in the primary's order, so a replica whose position has
 * every domain at or past another position's has applied every transaction that position
 * names. The server id in each GTID plays no part in that order.
 */
record GtidPosition(Map<Long, Long> seqnoByDomain) {

	static final GtidPosition NONE = new GtidPosition(Map.of());

	/**
	 * Reads {@code 0-1-123,1-2-7}; an empty or null text is {@link #NONE}.
	 * @throws IllegalArgumentException for anything else
	 */
	static GtidPosition parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		Map<Long, Long> seqnos = new HashMap<>();
		for (String gtid : text.split(",")) {
			String[] parts = gtid.trim().split("-");
			if (parts.length != 3) {
				throw new IllegalArgumentException("Not a GTID: " + gtid);
			}
			seqnos.merge(Long.parseLong(parts[0]), Long.parseLong(parts[2]), Math::max);
		}
		return new GtidPosition(Map.copyOf(seqnos));
	}

	/** Whether a server at this position has applied everything {@code other} names. */
	boolean covers(GtidPosition other) {
		for (Map.Entry<Long, Long> domain : other.seqnoByDomain.entrySet()) {
			if (this.seqnoByDomain.getOrDefault(domain.getKey(), -1L) < domain.getValue()) {
				return false;
			}
		}
		return true;
	}

	/** The later of the two, domain by domain. */
	GtidPosition max(GtidPosition other) {
		if (other.seqnoByDomain.isEmpty() || covers(other)) {
			return this;
		}
		Map<Long, Long> seqnos = new HashMap<>(this.seqnoByDomain);
		other.seqnoByDomain.forEach((domain, seqno) -> seqnos.merge(domain, seqno, Math::max));
		return new GtidPosition(Map.copyOf(seqnos));
	}

}
