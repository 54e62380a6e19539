package com.adtopaper.member;

/**
 * What a new member gives at sign-up.
 *
 * @param email the e-mail address they log in with
 * @param password the password, in clear, hashed before it is stored
 * @param name the name shown to them
 * @param schoolId their school
 * @param major their major
 * @param admissionYear the year they entered the school
 * @param gender their gender
 * @param birthYear their year of birth
 */
public record Registration(String email, String password, String name, long schoolId, String major, int admissionYear,
		Gender gender, int birthYear) {

	@Override
	public String toString() {
		return "Registration[" + this.email + ", school " + this.schoolId + "]";
	}

}
