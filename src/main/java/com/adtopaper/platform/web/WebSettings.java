package com.adtopaper.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxJsonBody the largest JSON request body the API reads (uploads have their own
 * multipart limits)
 */
@Validated
@ConfigurationProperties("adtopaper.web")
record WebSettings(@DefaultValue("64KB") DataSize maxJsonBody) {

}
