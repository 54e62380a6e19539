package com.adtopaper.platform.security;

/**
 * The page a role lands on after signing in when it asked for none: contributed by the
 * channel that serves that role's site.
 *
 * @param role the role
 * @param path the page's path
 */
public record RoleHome(Role role, String path) {

	/** Whether the given authority is this home's role. */
	public boolean isFor(String authority) {
		return this.role.authority().equals(authority);
	}

}
