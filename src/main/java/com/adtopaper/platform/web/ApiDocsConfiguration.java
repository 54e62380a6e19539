package com.adtopaper.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.adtopaper.platform.security.CurrentAccount;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The API description ({@code /v3/api-docs}), what a mobile developer builds the app
 * from: operations grouped and tagged by the {@link ApiChannel}s, named by channel,
 * controller and method, with the security their channel's rules really ask for and the
 * problem details they can answer with ({@link DocumentedProblems}). The current account
 * is no parameter: the server resolves it from the credentials.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	// resolved by the server from the credentials, never sent by a client
	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentAccount.class);
	}

	@Bean
	OpenAPI openApi(ObjectProvider<ApiChannel> channelBeans) {
		List<ApiChannel> channels = channelBeans.orderedStream().toList();
		var components = new Components().addSecuritySchemes(ApiChannel.BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token from POST /api/v1/auth/token (or /api/v1/auth/refresh)."));
		for (ApiChannel channel : channels) {
			if (channel.securityScheme() != null) {
				components.addSecuritySchemes(channel.securitySchemeName(), channel.securityScheme());
			}
		}
		var api = new OpenAPI()
			.info(new Info().title("AdToPaper API")
				.version("v1")
				.description("The members' app API, and the printers', advertisers', partners' and operators' APIs. "
						+ "Errors are RFC 9457 problem details (application/problem+json)."))
			.components(components);
		sorted(channels)
			.forEach((channel) -> api.addTagsItem(new Tag().name(channel.name()).description(channel.description())));
		return api;
	}

	/** Operation ids: the channel's key, the controller's name and the method's. */
	@Bean
	GlobalOperationCustomizer operationIds(ObjectProvider<ApiChannel> channelBeans) {
		return (operation, handler) -> {
			List<ApiChannel> channels = channelBeans.orderedStream().toList();
			ApiChannel channel = channelOf(channels, pathOf(handler.getBeanType(), handler.getMethod()));
			String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
			String prefix = (channel != null) ? channel.key() : "";
			operation.setOperationId(StringUtils
				.uncapitalize(prefix + controller + StringUtils.capitalize(handler.getMethod().getName())));
			return operation;
		};
	}

	/** Tags, security and problem details, by each operation's path and method. */
	@Bean
	GlobalOpenApiCustomizer channelsSecurityAndProblems(ObjectProvider<ApiChannel> channelBeans,
			ObjectProvider<FilterChainProxy> security) {
		return (api) -> {
			List<ApiChannel> channels = channelBeans.orderedStream().toList();
			var access = new AnonymousAccess(security.getIfAvailable());
			// after springdoc's own reading of Spring's ProblemDetail, which knows no
			// fields
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			DocumentedProblems.schemas().forEach(api.getComponents()::addSchemas);
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				ApiChannel channel = channelOf(channels, path);
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					Operation operation = entry.getValue();
					boolean secured = !access.allowed(PATH_VARIABLE.matcher(path).replaceAll("1"),
							entry.getKey().name());
					if (channel != null) {
						operation.setTags(List.of(channel.name()));
					}
					operation
						.setSecurity(secured
								? List.of(new SecurityRequirement()
									.addList((channel != null) ? channel.securitySchemeName() : ApiChannel.BEARER))
								: null);
					DocumentedProblems.document(operation, path, entry.getKey(), secured);
				}
			});
		};
	}

	private static @Nullable ApiChannel channelOf(List<ApiChannel> channels, String path) {
		return channels.stream()
			.filter((channel) -> channel.serves(path))
			.max(Comparator.comparingInt((ApiChannel channel) -> channel.prefixOf(path)))
			.orElse(null);
	}

	private static String pathOf(Class<?> type, java.lang.reflect.Method method) {
		RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
		RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		return first(onType) + first(onMethod);
	}

	private static String first(@Nullable RequestMapping mapping) {
		return (mapping != null && mapping.path().length > 0) ? mapping.path()[0] : "";
	}

	private static List<ApiChannel> sorted(List<ApiChannel> channels) {
		return channels.stream().sorted(Comparator.comparing(ApiChannel::key)).toList();
	}

}
