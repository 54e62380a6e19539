package com.adtopaper.platform.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem details an operation can answer with, as the API description lists them:
 * what {@link ApiExceptionHandler}, the channels' security and {@link ProblemCatalog}
 * make of a request's failures, by what the operation takes. Statuses only some routes
 * give (410, 429) are declared on those routes ({@code @ApiResponse}); this gives them
 * their problem-detail body.
 */
final class DocumentedProblems {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String SCHEMA = "ProblemDetail";

	static final String FIELD_SCHEMA = "FieldProblem";

	private DocumentedProblems() {
	}

	static Map<String, Schema<?>> schemas() {
		Schema<?> field = new ObjectSchema().description("One invalid field of the request.")
			.addProperty("field", new StringSchema().description("The field, parameter or part."))
			.addProperty("message", new StringSchema().description("What is wrong with it."));
		field.setRequired(List.of("field", "message"));
		Schema<?> problem = new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().description("The status's phrase."))
			.addProperty("status", new IntegerSchema().description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What went wrong, for the user to read."))
			.addProperty("instance", new StringSchema().format("uri").description("The path of the request."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_SCHEMA))
				.description("The invalid fields (400), each named."));
		problem.setRequired(List.of("type", "title", "status"));
		return Map.of(SCHEMA, problem, FIELD_SCHEMA, field);
	}

	/**
	 * Adds the problems the operation can give to its responses.
	 * @param operation the operation
	 * @param path its path template
	 * @param method its method
	 * @param secured whether a caller needs credentials
	 */
	static void document(Operation operation, String path, PathItem.HttpMethod method, boolean secured) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		Map<String, String> problems = new TreeMap<>();
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean body = operation.getRequestBody() != null;
		boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		if (parameters || body) {
			problems.put("400", "The request is not valid: a parameter or a field of the body (each named in errors), "
					+ "or a body that is not valid JSON or multipart.");
		}
		if (secured) {
			problems.put("401", "No valid credentials: none, an expired or revoked token, or a bad signature.");
			problems.put("403", "The credentials are valid but their account may not use this route.");
		}
		if (path.contains("{")) {
			problems.put("404", "It does not exist, or it is not the caller's.");
		}
		if (writes) {
			problems.put("409", "It clashes with the current state, or another request changed it at the same time: "
					+ "load it again and retry.");
			problems.put("422", "The request is well formed but the rules do not allow it now.");
		}
		if (body) {
			problems.put("413", "The body is larger than this route accepts.");
		}
		problems.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description));
			}
		});
		responses.forEach((status, response) -> {
			// every error is a problem detail, whatever type the handler that gives it
			// returns
			if (isProblem(status)) {
				response.setContent(
						new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMA))));
			}
		});
		var sorted = new ApiResponses();
		new TreeMap<>(responses).forEach((status, response) -> {
			if ("204".equals(status)) {
				response.setContent(null);
			}
			sorted.addApiResponse(status, response);
		});
		operation.setResponses(sorted);
	}

	private static boolean isProblem(String status) {
		return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
	}

}
