package com.adtopaper.platform.web;

/**
 * One invalid field of a request, in the {@code errors} property of a problem detail.
 */
record FieldProblem(String field, String message) {
}
