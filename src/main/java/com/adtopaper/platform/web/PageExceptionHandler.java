package com.adtopaper.platform.web;

import com.adtopaper.platform.DomainException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A domain refusal on a page (another advertiser's campaign, a state that does not allow
 * the action) as a page with its status and message; the JSON API's handler runs first
 * for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler
	ModelAndView domain(DomainException ex) {
		ModelAndView page = new ModelAndView("web/problem");
		page.setStatus(ApiExceptionHandler.status(ex));
		page.addObject("message", ex.getMessage());
		return page;
	}

}
