package com.adtopaper.platform.security;

/**
 * Where the sites' shared sign-in page is: contributed by the channel that serves it;
 * every page chain sends an anonymous visitor there.
 *
 * @param path the page's path, such as {@code /login}
 */
public record SignInPage(String path) {
}
