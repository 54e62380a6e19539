package com.adtopaper.printing.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;

/**
 * What a PDF must pass beyond opening. PDFBox's parser is lenient: it rebuilds a missing
 * cross-reference table, reads an object it cannot parse (one nested over 500 deep, one
 * cut off) as null, and trusts the page tree's /Count; several of its own walks (page
 * tree, cloning, writing) are recursive. So we walk, without recursion and with limits,
 * what printing a page reads: the page tree, then each page's contents and resources. A
 * reference that leads nowhere means a damaged file; a graph deeper or larger than any
 * real document means a hostile one. Both are refused before PDFBox walks it.
 */
final class PdfStructure {

	// real documents nest forms in forms a few levels; each level is three or four
	// objects
	static final int MAX_DEPTH = 256;

	static final int MAX_PAGE_TREE_DEPTH = 64;

	static final int MAX_OBJECTS = 1_000_000;

	// a dense vector drawing has a few hundred thousand a page; a compressed bomb,
	// billions
	static final long MAX_CONTENT_TOKENS = 20_000_000;

	// what the preview decodes, subsampled; a 600 dpi A4 scan is 35 million
	static final long MAX_IMAGE_PIXELS = 100_000_000;

	private PdfStructure() {
	}

	/**
	 * @return the number of pages, from 1 to {@code maxPages}
	 */
	static int check(PDDocument document, int maxPages) throws IOException {
		int pages = countPages(document, maxPages);
		Walk walk = new Walk();
		for (PDPage page : document.getPages()) {
			COSDictionary dictionary = page.getCOSObject();
			walk.from(dictionary.getItem(COSName.CONTENTS));
			COSBase resources = dictionary.getItem(COSName.RESOURCES);
			if (resources == null && page.getResources() != null) {
				resources = page.getResources().getCOSObject(); // inherited from the page
																// tree
			}
			walk.from(resources);
			// every operator and operand of the page must parse
			PDFStreamParser parser = new PDFStreamParser(page);
			Object token;
			do {
				token = parser.parseNextToken();
				if (++walk.tokens > MAX_CONTENT_TOKENS) {
					throw tooComplex();
				}
			}
			while (token != null);
		}
		return pages;
	}

	private static int countPages(PDDocument document, int maxPages) {
		COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
		if (root == null) {
			throw DocumentInspector.damaged();
		}
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Map.Entry<COSDictionary, Integer>> todo = new ArrayDeque<>();
		todo.push(Map.entry(root, 0));
		int pages = 0;
		while (!todo.isEmpty()) {
			Map.Entry<COSDictionary, Integer> next = todo.pop();
			COSDictionary node = next.getKey();
			if (!seen.add(node) || next.getValue() > MAX_PAGE_TREE_DEPTH) {
				throw new InvalidDocument("This PDF's page tree is malformed; save it again and upload it again.",
						"problem.printing.document-page-tree");
			}
			if (!isPageTreeNode(node)) {
				if (++pages > maxPages) {
					throw new InvalidDocument(
							"This PDF has more than " + maxPages + " pages; split it and upload the parts.",
							"problem.printing.document-too-many-pages", Integer.toString(maxPages));
				}
				continue;
			}
			COSArray kids = node.getCOSArray(COSName.KIDS);
			if (kids == null) {
				continue;
			}
			for (COSBase kid : kids) {
				if (!(resolve(kid) instanceof COSDictionary child)) {
					throw DocumentInspector.damaged();
				}
				todo.push(Map.entry(child, next.getValue() + 1));
			}
		}
		if (pages == 0) {
			throw new InvalidDocument("This PDF has no pages.", "problem.printing.document-no-pages");
		}
		return pages;
	}

	// as PDPageTree tells them apart
	private static boolean isPageTreeNode(COSDictionary node) {
		return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
	}

	private static @Nullable COSBase resolve(@Nullable COSBase value) {
		return (value instanceof COSObject reference) ? reference.getObject() : value;
	}

	private static InvalidDocument tooComplex() {
		return new InvalidDocument("This PDF is built in a way we cannot print (its objects nest too deeply "
				+ "or its pages are too complex).", "problem.printing.document-too-complex");
	}

	/** One walk over the objects of all pages: an object shared by pages is seen once. */
	private static final class Walk {

		private long tokens;

		private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

		private final Deque<Map.Entry<COSBase, Integer>> todo = new ArrayDeque<>();

		void from(@Nullable COSBase start) {
			push(start, 0);
			while (!this.todo.isEmpty()) {
				Map.Entry<COSBase, Integer> next = this.todo.pop();
				int depth = next.getValue() + 1;
				if (next.getKey() instanceof COSArray array) {
					for (COSBase item : array) {
						push(item, depth);
					}
				}
				else if (next.getKey() instanceof COSDictionary dictionary) {
					for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
						// back to the page tree, walked already
						if (!COSName.PARENT.equals(entry.getKey()) && !COSName.P.equals(entry.getKey())) {
							push(entry.getValue(), depth);
						}
					}
				}
			}
		}

		private void push(@Nullable COSBase value, int depth) {
			COSBase resolved = resolve(value);
			if (value instanceof COSObject && (resolved == null || resolved instanceof COSNull)) {
				throw DocumentInspector.damaged();
			}
			if (!(resolved instanceof COSArray) && !(resolved instanceof COSDictionary)) {
				return;
			}
			if (depth > MAX_DEPTH || this.seen.size() >= MAX_OBJECTS) {
				throw tooComplex();
			}
			if (resolved instanceof COSDictionary dictionary
					&& COSName.IMAGE.equals(dictionary.getCOSName(COSName.SUBTYPE))
					&& (long) dictionary.getInt(COSName.WIDTH) * dictionary.getInt(COSName.HEIGHT) > MAX_IMAGE_PIXELS) {
				throw new InvalidDocument(
						"This PDF holds an image too large to print; make it smaller and upload again.",
						"problem.printing.document-image-in-pdf-too-large");
			}
			if (this.seen.add(resolved)) {
				this.todo.push(Map.entry(resolved, depth));
			}
		}

	}

}
