package com.adtopaper.member;

/**
 * A school members belong to and advertisers target.
 *
 * @param id the id
 * @param code a short stable code
 * @param name the display name
 * @param region the region (city or province)
 */
public record School(long id, String code, String name, String region) {

}
