package com.adtopaper.ads.selection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The embedded default's reservations: the same rules as {@link RedisReservations}, in
 * this process only (one node). Counters are kept for the life of the process: the
 * embedded default is a demo, not a service of 300,000 members.
 */
final class LocalReservations implements Reservations {

	private final Duration ttl;

	private final Map<Day, Long> spentOnDay = new HashMap<>();

	private final Map<Long, Long> spentInAll = new HashMap<>();

	private final Map<MemberDay, Long> memberPages = new HashMap<>();

	private final Map<HoldKey, Hold> holds = new HashMap<>();

	private final PriorityQueue<Hold> byExpiry = new PriorityQueue<>((a, b) -> Long.compare(a.expiry, b.expiry));

	private final Map<PageKey, Pick> picks = new HashMap<>();

	private final PriorityQueue<Pick> picksByExpiry = new PriorityQueue<>((a, b) -> Long.compare(a.expiry, b.expiry));

	LocalReservations(Duration ttl) {
		this.ttl = ttl;
	}

	private record Day(long campaignId, LocalDate day) {
	}

	private record MemberDay(long campaignId, LocalDate day, long memberId) {
	}

	private record PageKey(String jobId, int page) {
	}

	private record HoldKey(long campaignId, LocalDate day, long memberId, long price, PageKey page) {
	}

	private record Hold(HoldKey key, long expiry) {
	}

	private record Pick(PageKey key, Reserved choice, long expiry) {
	}

	@Override
	public synchronized Outcome reserve(String jobId, int page, long memberId, LocalDate day,
			List<Candidate> candidates, Instant now) {
		long millis = now.toEpochMilli();
		lapse(millis);
		PageKey pageKey = new PageKey(jobId, page);
		Pick pick = this.picks.get(pageKey);
		if (pick != null) {
			return new Outcome(pick.choice, Set.of());
		}
		Set<Long> refused = new HashSet<>();
		for (Candidate candidate : candidates) {
			long id = candidate.campaignId();
			Day dayKey = new Day(id, day);
			MemberDay memberKey = new MemberDay(id, day, memberId);
			long today = this.spentOnDay.computeIfAbsent(dayKey, (k) -> candidate.seedToday());
			long total = this.spentInAll.computeIfAbsent(id, (k) -> candidate.seedTotal());
			long member = this.memberPages.getOrDefault(memberKey, 0L);
			if (!candidate.affords(today, total)) {
				refused.add(id);
				continue;
			}
			if (!candidate.allowsMember(member)) {
				continue;
			}
			count(new HoldKey(id, day, memberId, candidate.price(), pageKey), 1);
			long expiry = millis + this.ttl.toMillis();
			Hold hold = new Hold(new HoldKey(id, day, memberId, candidate.price(), pageKey), expiry);
			this.holds.put(hold.key, hold);
			this.byExpiry.add(hold);
			Reserved choice = new Reserved(id, candidate.creative().id(), candidate.creative().bandKey(),
					candidate.price());
			Pick newPick = new Pick(pageKey, choice, expiry);
			this.picks.put(pageKey, newPick);
			this.picksByExpiry.add(newPick);
			return new Outcome(choice, refused);
		}
		return new Outcome(null, refused);
	}

	@Override
	public synchronized void printed(List<Printed> pages) {
		for (Printed page : pages) {
			HoldKey key = new HoldKey(page.campaignId(), page.day(), page.memberId(), page.price(),
					new PageKey(page.jobId(), page.page()));
			if (this.holds.remove(key) == null) {
				count(key, 1);
			}
		}
	}

	@Override
	public synchronized void jobEnded(String jobId, int sidesPrinted) {
		// the embedded default's few holds: a scan is enough
		var holds = this.holds.values().iterator();
		while (holds.hasNext()) {
			HoldKey key = holds.next().key;
			if (key.page().jobId().equals(jobId) && key.page().page() > sidesPrinted) {
				holds.remove();
				count(key, -1);
			}
		}
		this.picks.keySet().removeIf((page) -> page.jobId().equals(jobId) && page.page() > sidesPrinted);
	}

	/**
	 * Adds (or with -1 gives back) one page to the campaign's and the member's counters.
	 */
	private void count(HoldKey key, int pages) {
		this.spentOnDay.merge(new Day(key.campaignId(), key.day()), pages * key.price(), Long::sum);
		this.spentInAll.merge(key.campaignId(), pages * key.price(), Long::sum);
		this.memberPages.merge(new MemberDay(key.campaignId(), key.day(), key.memberId()), (long) pages, Long::sum);
	}

	private void lapse(long now) {
		while (!this.byExpiry.isEmpty() && this.byExpiry.peek().expiry <= now) {
			Hold hold = this.byExpiry.poll();
			// a hold already printed is gone from the map: nothing to give back
			if (this.holds.remove(hold.key, hold)) {
				count(hold.key, -1);
			}
		}
		while (!this.picksByExpiry.isEmpty() && this.picksByExpiry.peek().expiry <= now) {
			Pick pick = this.picksByExpiry.poll();
			this.picks.remove(pick.key, pick);
		}
	}

}
