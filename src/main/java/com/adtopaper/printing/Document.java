package com.adtopaper.printing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's document, ready to print.
 *
 * @param id its id
 * @param filename the name it was uploaded with
 * @param pages its pages
 * @param bytes its size as kept (a PDF)
 * @param uploadedAt when it was uploaded
 * @param kept whether the member chose to keep its file past the retention period
 * @param deleteAt when its file will be deleted; none if kept or already deleted
 * @param expiredAt when its file was deleted; none while it is kept
 */
public record Document(long id, String filename, int pages, long bytes, Instant uploadedAt, boolean kept,
		@Nullable Instant deleteAt, @Nullable Instant expiredAt) {

}
