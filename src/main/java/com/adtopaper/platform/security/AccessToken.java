package com.adtopaper.platform.security;

import java.time.Duration;

/**
 * A signed bearer token for the API.
 *
 * @param value the compact JWT
 * @param expiresIn how long it is valid from now
 */
public record AccessToken(String value, Duration expiresIn) {

}
