package com.adtopaper.platform.security;

/**
 * The authenticated account of the current request, whether it came with a bearer token
 * (the API) or a session (the pages). Declare it as a controller method parameter.
 *
 * @param id the account id (for a member, the member id)
 * @param role the account's role
 */
public record CurrentAccount(long id, Role role) {

}
