package com.adtopaper.member.internal;

import com.adtopaper.member.School;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "schools")
public class SchoolEntity {

	@Id
	private Long id;

	private String code;

	private String name;

	private String region;

	protected SchoolEntity() {
	}

	public School toSchool() {
		return new School(this.id, this.code, this.name, this.region);
	}

}
