package com.adtopaper.member;

import java.time.Instant;

import com.adtopaper.platform.security.Role;

/**
 * An account of any role, without its credentials.
 *
 * @param id the id
 * @param email the e-mail it logs in with
 * @param name the display name
 * @param role its role
 * @param enabled false if it may not log in
 * @param createdAt when it was created
 */
public record Account(long id, String email, String name, Role role, boolean enabled, Instant createdAt) {

}
