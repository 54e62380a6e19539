package com.adtopaper.points.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param points the free points every member gets each morning
 * @param chunk how many member ids one job credits
 * @param cron when the morning starts, in Asia/Seoul
 */
@Validated
@ConfigurationProperties("adtopaper.morning")
public record MorningSettings(@DefaultValue("100") @Positive long points, @DefaultValue("1000") @Min(1) int chunk,
		@DefaultValue("0 30 8 * * *") String cron) {

}
