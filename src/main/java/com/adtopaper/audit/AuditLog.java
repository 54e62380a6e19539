package com.adtopaper.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and finds what operators did. A change is recorded in the transaction that
 * makes it (callers run both in one), so a change is never without its entry, nor an
 * entry without its change.
 */
@Service
public class AuditLog {

	/** The longest state kept of an object before or after (the column's size). */
	static final int MAX_STATE = 16_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Appends an entry.
	 * @param actor who, from where
	 * @param action what ({@code member.block})
	 * @param objectType to what kind of object
	 * @param objectId its id
	 * @param before its state before (written as JSON), or null
	 * @param after its state after, or null
	 * @param comment the operator's reason, or null
	 * @return the entry
	 */
	@Transactional
	public AuditEntry record(Actor actor, String action, String objectType, Object objectId, @Nullable Object before,
			@Nullable Object after, @Nullable String comment) {
		Instant at = this.clock.instant();
		String beforeJson = state(before);
		String afterJson = state(after);
		var keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into audit_entries (at, actor_id, actor_email, address, action, object_type, object_id, "
					+ "state_before, state_after, comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(utc(at), actor.accountId(), cut(actor.email(), 254), cut(actor.address(), 64), cut(action, 64),
					cut(objectType, 32), cut(String.valueOf(objectId), 64), beforeJson, afterJson,
					(comment != null) ? cut(comment, 1000) : null)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return new AuditEntry(id, at, actor.accountId(), actor.email(), actor.address(), action, objectType,
				String.valueOf(objectId), beforeJson, afterJson, comment);
	}

	/** Entries matching the filter, the newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
		var where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and actor_email like ? escape '!'");
			params.add("%" + like(filter.actor().trim()) + "%");
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" and action like ? escape '!'");
			params.add(like(filter.action().trim()) + "%");
		}
		if (filter.objectType() != null && !filter.objectType().isBlank()) {
			where.append(" and object_type = ?");
			params.add(filter.objectType().trim());
		}
		if (filter.objectId() != null && !filter.objectId().isBlank()) {
			where.append(" and object_id = ?");
			params.add(filter.objectId().trim());
		}
		if (filter.from() != null) {
			where.append(" and at >= ?");
			params.add(utc(filter.from()));
		}
		if (filter.until() != null) {
			where.append(" and at < ?");
			params.add(utc(filter.until()));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String text = "%" + like(filter.text().trim()) + "%";
			where.append(" and (state_before like ? escape '!' or state_after like ? escape '!'"
					+ " or comment like ? escape '!')");
			params.add(text);
			params.add(text);
			params.add(text);
		}
		long total = this.jdbc.sql("select count(*) from audit_entries" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<AuditEntry> entries = this.jdbc
			.sql("select * from audit_entries" + where + " order by id desc limit ? offset ?")
			.params(pageParams)
			.query(AuditLog::entry)
			.list();
		return new PageImpl<>(entries, PageRequest.of(page, size), total);
	}

	/** The latest entries about one object, the newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> ofObject(String objectType, Object objectId, int limit) {
		return search(AuditFilter.ofObject(objectType, String.valueOf(objectId)), 0, limit).getContent();
	}

	private @Nullable String state(@Nullable Object state) {
		if (state == null) {
			return null;
		}
		String written = (state instanceof String text) ? text : this.json.writeValueAsString(state);
		return cut(written, MAX_STATE);
	}

	private static String cut(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	/** Times are stored as UTC wall-clock times, whatever the JVM's or server's zone. */
	private static LocalDateTime utc(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static String like(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
				row.getLong("actor_id"), row.getString("actor_email"), row.getString("address"),
				row.getString("action"), row.getString("object_type"), row.getString("object_id"),
				row.getString("state_before"), row.getString("state_after"), row.getString("comment"));
	}

}
