package com.adtopaper.platform.security.internal;

import java.util.List;

import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link CurrentAccount} from a bearer token or a session login alike. */
class CurrentAccountArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentAccount.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current(SecurityContextHolder.getContext().getAuthentication());
	}

	static CurrentAccount current(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal.toCurrentAccount();
		}
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			List<String> roles = jwt.getClaimAsStringList(JwtConfiguration.ROLES_CLAIM);
			return new CurrentAccount(Long.parseLong(jwt.getSubject()), Role.valueOf(roles.getFirst()));
		}
		throw new AuthenticationCredentialsNotFoundException("Not signed in");
	}

}
