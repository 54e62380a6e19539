package com.adtopaper.platform;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The roles of this process. The same JAR runs everywhere; {@code adtopaper.roles=worker}
 * makes a node that only consumes jobs and serves no HTTP.
 *
 * @param roles the roles, {@code web,worker} unless configured
 */
@Validated
@ConfigurationProperties("adtopaper")
public record NodeRoles(@DefaultValue( {
		"web", "worker" }) @NotEmpty Set<NodeRole> roles){

	public NodeRoles {
		roles = roles.isEmpty() ? EnumSet.noneOf(NodeRole.class) : EnumSet.copyOf(roles);
	}

	public boolean serves(NodeRole role) {
		return this.roles.contains(role);
	}

}
