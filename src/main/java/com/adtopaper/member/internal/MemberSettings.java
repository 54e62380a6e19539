package com.adtopaper.member.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param refreshTokenTtl how long a refresh token lives if it is not used
 */
@Validated
@ConfigurationProperties("adtopaper.members")
public record MemberSettings(@DefaultValue("30d") Duration refreshTokenTtl) {

}
