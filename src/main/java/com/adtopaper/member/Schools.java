package com.adtopaper.member;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.adtopaper.member.internal.SchoolEntity;
import com.adtopaper.member.internal.SchoolRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools members belong to and advertisers target. */
@Service
@Transactional(readOnly = true)
public class Schools {

	private final SchoolRepository schools;

	private final JdbcClient jdbc;

	Schools(SchoolRepository schools, JdbcClient jdbc) {
		this.schools = schools;
		this.jdbc = jdbc;
	}

	/** The e-mail domains of the school: its members' addresses are at one of them. */
	public List<String> domains(long schoolId) {
		return this.jdbc.sql("select domain from school_domains where school_id = ? order by domain")
			.param(schoolId)
			.query(String.class)
			.list();
	}

	/** Whether the address is at one of the school's domains (or a subdomain of one). */
	public boolean isSchoolEmail(long schoolId, String email) {
		String domain = email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
		return domains(schoolId).stream().anyMatch((own) -> domain.equals(own) || domain.endsWith("." + own));
	}

	public List<School> all() {
		return this.schools.findAllByOrderByNameAsc().stream().map(SchoolEntity::toSchool).toList();
	}

	public Optional<School> find(long id) {
		return this.schools.findById(id).map(SchoolEntity::toSchool);
	}

}
