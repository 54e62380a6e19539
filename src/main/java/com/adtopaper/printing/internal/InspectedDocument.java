package com.adtopaper.printing.internal;

import java.nio.file.Path;

/**
 * An upload that passed the checks.
 *
 * @param pdf the document as a PDF: the upload itself, or a new temporary file holding
 * the image as a one-page A4 PDF (the caller deletes both once stored)
 * @param type what the upload was, from its content
 * @param pages its number of pages, from 1 to the limit
 */
public record InspectedDocument(Path pdf, Type type, int pages) {

	/** What an upload is, told by its first bytes, never by its name. */
	public enum Type {

		PDF, JPEG, PNG

	}

}
