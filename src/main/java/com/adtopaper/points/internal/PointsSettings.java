package com.adtopaper.points.internal;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param signUpBonus points every new member gets
 */
@Validated
@ConfigurationProperties("adtopaper.points")
record PointsSettings(@DefaultValue("500") @PositiveOrZero long signUpBonus) {

}
