package com.adtopaper.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Dump → gzip → encryption → S3, as one stream: the dump's output is read while the
 * program writes it, and the object is made only once the program exited with success.
 */
final class BackupWriter {

	private final S3Client s3;

	private final String bucket;

	private final int partSize;

	private final BackupEncryption encryption;

	private final String dumpCommand;

	private final DumpSource source;

	private final Duration timeout;

	BackupWriter(S3Client s3, String bucket, int partSize, BackupEncryption encryption, String dumpCommand,
			DumpSource source, Duration timeout) {
		this.s3 = s3;
		this.bucket = bucket;
		this.partSize = partSize;
		this.encryption = encryption;
		this.dumpCommand = dumpCommand;
		this.source = source;
		this.timeout = timeout;
	}

	/** Writes a backup to the key; its size in bytes. */
	long write(String key) throws IOException {
		try (MultipartUpload upload = MultipartUpload.start(this.s3, this.bucket, key, this.partSize);
				ProgramRun dump = ProgramRun.start(command(), this.source.password(), false)) {
			try (OutputStream out = new GZIPOutputStream(
					this.encryption.encrypting(upload.stream(), BackupNames.fileName(key)), 64 * 1024)) {
				dump.output().transferTo(out);
			}
			catch (IOException | RuntimeException ex) {
				dump.kill();
				throw new IOException("The backup stream failed" + dump.errorText(), ex);
			}
			dump.awaitSuccess(this.timeout);
			upload.complete();
			return upload.bytes();
		}
	}

	List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(this.dumpCommand);
		command.addAll(this.source.connectionOptions());
		// one snapshot of every InnoDB table without locking them; rows streamed, not
		// buffered; binary columns as hex; the triggers (the audit log's) with them. No
		// --databases: the dump names no database, so it restores into any.
		command.add("--single-transaction");
		command.add("--quick");
		command.add("--triggers");
		command.add("--hex-blob");
		command.add("--default-character-set=utf8mb4");
		command.add(this.source.database());
		return command;
	}

}
