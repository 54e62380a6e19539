package com.adtopaper.audit;

/**
 * Who does something, and from where.
 *
 * @param accountId the operator's account id
 * @param email the operator's e-mail
 * @param address the client's address (as the proxies in front pass it on)
 */
public record Actor(long accountId, String email, String address) {

}
