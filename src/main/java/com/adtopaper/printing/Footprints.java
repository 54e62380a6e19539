package com.adtopaper.printing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's printing as a whole: sides, sheets, and what the ads paid. Read from the
 * jobs' own rows and the ads rendered on their sides, so a failed job counts the sides it
 * printed before it stopped. Called by the site's footprint page.
 */
@Service
public class Footprints {

	private final JdbcClient jdbc;

	Footprints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Footprint of(long memberId) {
		long[] paper = this.jdbc.sql("""
				select coalesce(sum(pages_printed), 0),
				       coalesce(sum(case when duplex and cover_sheet then 1 + floor(pages_printed / 2)
				                         when duplex then floor((pages_printed + 1) / 2)
				                         else pages_printed end), 0)
				from print_jobs where member_id = ? and pages_printed > 0""")
			.param(memberId)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) })
			.single();
		long[] ads = this.jdbc.sql("""
				select count(*), coalesce(sum(p.price), 0)
				from print_jobs j join print_job_pages p on p.job_id = j.id
				where j.member_id = ? and p.page <= j.pages_printed and p.campaign_id is not null""")
			.param(memberId)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) })
			.single();
		return new Footprint(paper[0], paper[1], ads[0], ads[1]);
	}

}
