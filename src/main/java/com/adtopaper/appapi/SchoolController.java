package com.adtopaper.appapi;

import java.util.List;

import com.adtopaper.member.School;
import com.adtopaper.member.Schools;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schools a member can choose at sign-up. */
@RestController
class SchoolController {

	private final Schools schools;

	SchoolController(Schools schools) {
		this.schools = schools;
	}

	@GetMapping("/api/v1/schools")
	List<School> schools() {
		return this.schools.all();
	}

}
