package com.adtopaper.member;

import java.util.List;
import java.util.Optional;

import com.adtopaper.member.internal.SchoolEntity;
import com.adtopaper.member.internal.SchoolRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools members belong to and advertisers target. */
@Service
@Transactional(readOnly = true)
public class Schools {

	private final SchoolRepository schools;

	Schools(SchoolRepository schools) {
		this.schools = schools;
	}

	public List<School> all() {
		return this.schools.findAllByOrderByNameAsc().stream().map(SchoolEntity::toSchool).toList();
	}

	public Optional<School> find(long id) {
		return this.schools.findById(id).map(SchoolEntity::toSchool);
	}

}
