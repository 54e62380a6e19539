package com.adtopaper.printing;

import java.time.Instant;

/**
 * A member's document, ready to print.
 *
 * @param id its id
 * @param filename the name it was uploaded with
 * @param pages its pages
 * @param bytes its size as kept (a PDF)
 * @param uploadedAt when it was uploaded
 */
public record Document(long id, String filename, int pages, long bytes, Instant uploadedAt) {

}
