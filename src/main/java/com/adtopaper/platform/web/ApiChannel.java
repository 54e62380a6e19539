package com.adtopaper.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;

/**
 * A channel's part of the API description ({@code /v3/api-docs}): each channel with a
 * JSON API contributes one as a bean, the way it contributes its security rules. Its
 * operations are tagged with its name, their ids start with its key, and those its
 * security rules do not open to anonymous callers require its security scheme.
 *
 * @param key the start of its operations' ids and the name of its group
 * ({@code /v3/api-docs/{key}})
 * @param name its tag, as the API's reader sees it ({@code App API})
 * @param description what it is for and who calls it
 * @param pathPrefixes the paths it serves; a path belongs to the channel with the longest
 * prefix of it
 * @param securitySchemeName the security scheme its protected operations require
 * @param securityScheme the scheme itself, if the channel defines its own (the platform
 * defines {@link #BEARER})
 */
public record ApiChannel(String key, String name, String description, List<String> pathPrefixes,
		String securitySchemeName, @Nullable SecurityScheme securityScheme) {

	/** The platform's bearer access tokens ({@code POST /api/v1/auth/token}). */
	public static final String BEARER = "bearer";

	/**
	 * A channel whose callers authenticate with a bearer access token.
	 * @param key the start of its operations' ids
	 * @param name its tag
	 * @param description what it is for
	 * @param pathPrefixes the paths it serves
	 * @return the channel
	 */
	public static ApiChannel bearer(String key, String name, String description, String... pathPrefixes) {
		return new ApiChannel(key, name, description, List.of(pathPrefixes), BEARER, null);
	}

	boolean serves(String path) {
		return prefixOf(path) >= 0;
	}

	/** The length of its longest prefix of the path, -1 if it has none. */
	int prefixOf(String path) {
		return this.pathPrefixes.stream().filter(path::startsWith).mapToInt(String::length).max().orElse(-1);
	}

}
