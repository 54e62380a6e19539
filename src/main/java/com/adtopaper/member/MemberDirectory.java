package com.adtopaper.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operators look members up: by id, by e-mail, by school. */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

	private final JdbcClient jdbc;

	private final Members members;

	MemberDirectory(JdbcClient jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/**
	 * Members whose id is the query, or whose e-mail starts with it, or whose e-mail or
	 * school's name holds it; of one school if {@code schoolId} is given; newest first.
	 * @param query what the operator typed (blank: everyone)
	 * @param schoolId a school, or null
	 * @param page the page
	 * @param size its size
	 * @return the members
	 */
	public Page<MemberProfile> search(@Nullable String query, @Nullable Long schoolId, int page, int size) {
		var where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		String text = (query != null) ? query.trim().toLowerCase(Locale.ROOT) : "";
		if (!text.isEmpty()) {
			String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			where.append(" and (lower(a.email) like ? escape '!' or s.name like ? escape '!'");
			params.add(like);
			params.add(like);
			if (text.matches("[0-9]{1,18}")) {
				where.append(" or m.account_id = ?");
				params.add(Long.parseLong(text));
			}
			where.append(")");
		}
		if (schoolId != null) {
			where.append(" and m.school_id = ?");
			params.add(schoolId);
		}
		String from = " from members m join accounts a on a.id = m.account_id join schools s on s.id = m.school_id";
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<MemberProfile> found = this.jdbc
			.sql("select m.account_id" + from + where + " order by m.account_id desc limit ? offset ?")
			.params(pageParams)
			.query(Long.class)
			.list()
			.stream()
			.map(this.members::profile)
			.toList();
		return new PageImpl<>(found, PageRequest.of(page, size), total);
	}

}
