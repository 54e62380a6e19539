/**
 * The per-page ad decision and the counters it keeps honest.
 *
 * <h2>Where the decision runs</h2> Each node holds a {@link Snapshot} of the running
 * campaigns and their ready creatives, immutable and swapped whole by {@link Snapshots}:
 * after a campaign changes on this node, and every 30 seconds on every node so that
 * changes made elsewhere show. Targeting is matched against bit sets per dimension and
 * value, so finding the eligible campaigns among 1,000 is a few ANDs of 16 words. Dates
 * and pacing are checked at the request's time, so midnight and each hour need no reload.
 *
 * <h2>Why budgets and caps live in Redis, not in each node</h2> Counters held in each
 * process over-deliver by a factor of up to N with N nodes: every node would let the last
 * page of a budget go. Giving each node an explicit share instead (budget / N) needs N to
 * be known and the load to be even; with HAProxy spreading print jobs unevenly, a share
 * runs dry on one node while another holds unused budget, and rebalancing shares is a
 * distributed protocol of its own. So the decision reserves in Redis, in one Lua script
 * that is atomic by construction: given the candidates in order of preference, it lapses
 * the campaign's expired reservations, then reserves one page for the first candidate
 * whose spend today (printed + reserved) is under its pace, whose daily and total budget
 * still pay one more page, and whose cap the member has not reached; and it remembers the
 * choice for (job, page), so that a retried render gets the same ad. Since every
 * reservation is checked against the sum of what is printed and what is reserved,
 * concurrent decisions on any number of nodes never commit more pages than the budget
 * pays for: a budget is overspent by at most a page only if a price changes between
 * decision and print. Recording a printed page converts its reservation (the counter
 * already holds it); a page printed without a live reservation is added. A reservation
 * not printed within {@code reservation-ttl} gives its page back; sooner, when its job
 * ends (failed, cancelled, expired, or completed with fewer sides than rendered), the
 * job's unprinted sides give theirs back at once, so that the member printing again gets
 * the same paid ads: each reservation is also listed under its job
 * ({@code ads:job:<job>}), and giving back removes it from the campaign's live
 * reservations before it takes it off the counters, so that a second delivery of the end,
 * or a lapse, gives back nothing twice.
 *
 * <h2>What it costs</h2> One round trip to Redis per decision (about 0.1 ms on a LAN,
 * more candidates ride in the same call), against none for a purely in-process decision:
 * throughput per node is bounded by Redis round trips, not by the matching itself
 * ({@code BENCHMARKS.md} has both). The embedded default keeps the same counters in
 * process ({@code LocalReservations}), which is exact for its single node.
 *
 * <h2>What Redis loses</h2> If Redis loses its data, the counters are seeded again from
 * the snapshot's spend (read from {@code campaign_delivery} up to 30 seconds before), and
 * the members' pages today start again from zero: a lost Redis can over-deliver the pages
 * printed within that window and let a member see a capped ad again that day. Run Redis
 * with append-only persistence, as for the job queue.
 */
@NullMarked
package com.adtopaper.ads.selection;

import org.jspecify.annotations.NullMarked;
