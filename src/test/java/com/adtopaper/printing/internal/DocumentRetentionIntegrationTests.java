package com.adtopaper.printing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The retention sweep: a document older than the retention period loses its file (gone
 * from the private store, not only from the API) and is marked expired, so printing or
 * downloading it is refused as gone; a kept one, a recent one and one a waiting job needs
 * stay.
 */
@IntegrationTest
class DocumentRetentionIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	DocumentRetention sweep;

	@Autowired
	PrivateBlobStore blobs;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	JdbcTemplate jdbc;

	long member;

	@BeforeEach
	void member() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("retention"), TestAccounts.PASSWORD, "Retention", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "retention:" + this.member, "Test points");
	}

	@Test
	void theSweepDeletesOldDocumentsFilesUnlessKeptOrStillNeeded() {
		Document old = upload();
		Document kept = upload();
		Document recent = upload();
		Document waiting = upload();
		Document keptThenLetGo = upload();
		this.documents.keep(this.member, kept.id(), true);
		this.documents.keep(this.member, keptThenLetGo.id(), true);
		this.documents.keep(this.member, keptThenLetGo.id(), false);
		String heldJob = this.jobs.create(this.member, new JobOptions(waiting.id(), 1, false, null, null)).id();
		for (Document document : new Document[] { old, kept, waiting, keptThenLetGo }) {
			uploadedAgo(document, Duration.ofDays(7).plusMinutes(1));
		}
		uploadedAgo(recent, Duration.ofDays(7).minusMinutes(1));

		this.sweep.run();

		assertThat(this.blobs.exists(key(old))).isFalse();
		assertThat(this.blobs.exists(key(keptThenLetGo))).isFalse();
		assertThat(this.blobs.exists(key(kept))).isTrue();
		assertThat(this.blobs.exists(key(recent))).isTrue();
		assertThat(this.blobs.exists(key(waiting))).isTrue();
		assertThat(this.documents.get(this.member, old.id()).expiredAt()).isNotNull();
		assertThat(this.documents.get(this.member, kept.id()).expiredAt()).isNull();
		assertThat(this.documents.get(this.member, kept.id()).deleteAt()).isNull();
		assertThat(this.documents.get(this.member, recent.id()).deleteAt()).isAfter(Instant.now());

		assertThatExceptionOfType(DocumentExpired.class)
			.isThrownBy(() -> this.jobs.create(this.member, new JobOptions(old.id(), 1, false, null, null)));
		assertThatExceptionOfType(DocumentExpired.class)
			.isThrownBy(() -> this.documents.download(this.member, old.id(), new ByteArrayOutputStream()));
		assertThatExceptionOfType(DocumentExpired.class).isThrownBy(() -> this.documents.link(this.member, old.id()));
		assertThatExceptionOfType(DocumentExpired.class)
			.isThrownBy(() -> this.documents.keep(this.member, old.id(), true));
		assertThatExceptionOfType(NoSuchDocument.class)
			.isThrownBy(() -> this.documents.download(this.member + 1_000_000, kept.id(), new ByteArrayOutputStream()));

		// once the job that needed it has ended, the next sweep takes it
		this.jobs.cancel(this.member, heldJob);
		this.sweep.run();
		assertThat(this.blobs.exists(key(waiting))).isFalse();
		assertThat(this.blobs.exists(key(kept))).isTrue();
	}

	private Document upload() {
		return this.documents.upload(this.member, "old.pdf", new ByteArrayInputStream(Pdfs.text(1)));
	}

	private void uploadedAgo(Document document, Duration age) {
		this.jdbc.update("update documents set created_at = ? where id = ?", Timestamp.from(Instant.now().minus(age)),
				document.id());
	}

	private String key(Document document) {
		return this.jdbc.queryForObject("select blob_key from documents where id = ?", String.class, document.id());
	}

}
