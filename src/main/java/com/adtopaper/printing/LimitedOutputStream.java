package com.adtopaper.printing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Stops a copy once it passes a size, so an oversized upload never fills the disk. */
final class LimitedOutputStream extends FilterOutputStream {

	private final long limit;

	private long written;

	LimitedOutputStream(OutputStream out, long limit) {
		super(out);
		this.limit = limit;
	}

	@Override
	public void write(int b) throws IOException {
		count(1);
		this.out.write(b);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		count(len);
		this.out.write(b, off, len);
	}

	private void count(long bytes) throws LimitExceeded {
		this.written += bytes;
		if (this.written > this.limit) {
			throw new LimitExceeded();
		}
	}

	static final class LimitExceeded extends IOException {

		LimitExceeded() {
			super("limit exceeded");
		}

	}

}
