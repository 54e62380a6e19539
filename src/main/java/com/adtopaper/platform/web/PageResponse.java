package com.adtopaper.platform.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the API returns it: a stable JSON shape that does not depend on
 * Spring Data's {@link Page} implementation.
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many items there are in all
 * @param totalPages how many pages there are in all
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/**
	 * The highest page number a route accepts: page times size must stay an {@code int}
	 * offset (Hibernate's), and no one reads a list 100,000 pages deep.
	 */
	public static final int MAX_PAGE = 100_000;

	public static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
