package com.adtopaper.printing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a released job stands in its printer's queue: the printer takes the oldest
 * released job first, after the ones it is already printing. Called by the site's print
 * page, which shows it live.
 */
@Service
public class PrinterQueues {

	private final JdbcClient jdbc;

	PrinterQueues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The job's place at its printer, from 1 (next), or 0 if it is not waiting in a queue
	 * (held, taken by the printer, or ended).
	 */
	@Transactional(readOnly = true)
	public int position(PrintJob job) {
		if (job.status() != JobStatus.RELEASED || job.printerId() == null) {
			return 0;
		}
		long ahead = this.jdbc
			.sql("""
					select count(*) from print_jobs o join print_jobs j on j.id = ?
					where o.printer_id = j.printer_id and o.id <> j.id
					and (o.status in ('CLAIMED', 'PRINTING') or (o.status = 'RELEASED' and o.released_at < j.released_at))""")
			.param(job.id())
			.query(Long.class)
			.single();
		return (int) ahead + 1;
	}

}
