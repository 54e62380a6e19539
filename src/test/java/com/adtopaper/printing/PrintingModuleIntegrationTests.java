package com.adtopaper.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.adtopaper.TestServersConfiguration;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.member.School;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PageAdSource.Ad;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The printing module on its own, its neighbours' facades and the ad source mocked: a job
 * rendered with the ads the source chose publishes, for the sides its printer reports,
 * the event that carries those ads and the audience the job was rendered for, whoever the
 * member has become since; printing asks nobody when the sides print.
 */
@Tag("integration")
@ApplicationModuleTest
@ActiveProfiles("it")
@Import({ TestServersConfiguration.class, PrintingModuleIntegrationTests.Clocks.class })
class PrintingModuleIntegrationTests {

	@MockitoBean
	PageAdSource ads;

	@MockitoBean
	Members members;

	@MockitoBean
	SchoolVerification verification;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Schools schools;

	@MockitoBean
	Points points;

	@MockitoBean
	BlobStore blobs;

	@MockitoBean
	PrivateBlobStore privateBlobs;

	@Autowired
	Documents documents;

	@Autowired
	Printers printers;

	@Autowired
	PrintJobs jobs;

	@Autowired
	PrinterJobs printerJobs;

	@Test
	void printedSidesArePublishedWithTheAdsAndTheAudienceTheJobWasRenderedWith(Scenario scenario) throws Exception {
		long member = System.nanoTime() % 1_000_000_000L;
		given(this.members.findProfile(member)).willReturn(Optional.of(profile(member, 2, "Economics", 2024)));
		byte[] pdf = Pdfs.text(5);
		given(this.privateBlobs.copyTo(anyString(), any(Path.class))).willAnswer((call) -> {
			Files.write(call.<Path>getArgument(1), pdf);
			return true;
		});
		given(this.blobs.get("bands/coffee.png")).willReturn(Optional.of(whitePng()));
		// sides 2 and 4 carry a campaign's ad, the others the house ad
		given(this.ads.choose(any()))
			.willReturn(Map.of(2, new Ad(11, 12, 20, "bands/coffee.png"), 4, new Ad(11, 13, 25, "bands/coffee.png")));

		PrinterCredentials printer = this.printers.register(this.printers.addSite(1, "Library", "Seoul", 1L),
				"Ground floor");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		Document document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(pdf));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null));
		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		this.printerJobs.download(printer.printerId(), job.id(), new ByteArrayOutputStream());
		ArgumentCaptor<PageAdSource.Request> asked = ArgumentCaptor.captor();
		verify(this.ads).choose(asked.capture());
		assertThat(asked.getValue()).satisfies((request) -> {
			assertThat(request.jobId()).isEqualTo(job.id());
			assertThat(request.sides()).isEqualTo(5);
			assertThat(request.audience()).isEqualTo(rendered(member));
			assertThat(request.printerId()).isEqualTo(printer.printerId());
			assertThat(request.region()).isEqualTo("Seoul");
		});
		// the member moves school and major after the render
		given(this.members.findProfile(member)).willReturn(Optional.of(profile(member, 1, "Law", 2020)));
		this.printerJobs.progress(printer.printerId(), job.id(), 1);

		scenario.stimulate(() -> this.printerJobs.progress(printer.printerId(), job.id(), 4))
			.andWaitForEventOfType(PagesPrinted.class)
			.matching((printed) -> printed.jobId().equals(job.id()) && printed.toSide() == 4)
			.toArriveAndVerify((printed) -> {
				assertThat(printed.fromSide()).isEqualTo(2);
				assertThat(printed.printerId()).isEqualTo(printer.printerId());
				assertThat(printed.audience()).isEqualTo(rendered(member));
				assertThat(printed.paidSides()).containsExactly(new PaidSide(2, 11, 12, 20),
						new PaidSide(4, 11, 13, 25));
			});
	}

	private static JobAudience rendered(long member) {
		return new JobAudience(member, 2, "Economics", 2024, Gender.FEMALE);
	}

	private static MemberProfile profile(long member, long school, String major, int year) {
		return new MemberProfile(member, "m" + member + "@example.com", "Member", new School(school, "S", "S", "Seoul"),
				major, year, Gender.FEMALE, 2005, false, Instant.now(), true);
	}

	private static byte[] whitePng() throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(248, 59, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
