package com.adtopaper.advertiser;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.adtopaper.EnglishPages;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.ReadyCreative;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.platform.security.Role;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Advertisers upload PNG and JPEG creatives that become print bands; anything else is
 * refused with the field named and nothing stored; nobody reaches another's creatives.
 */
@IntegrationTest
@Import(EnglishPages.class)
class CreativesIntegrationTests {

	/**
	 * The ads module's two image jobs as they travel (their types are the module's own):
	 * the tests run them without waiting for the upload or the hour's delay.
	 */
	record Images(long creativeId) {
	}

	record Files(List<String> keys) {
	}

	static final JobType<Images> IMAGES = JobType.of("images", "ads.creative-images", Images.class);

	static final JobType<Files> CLEANUP = JobType.of("images", "ads.creative-cleanup", Files.class);

	private static final String CDN = "https://cdn.test/";

	static S3Client s3;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Creatives creatives;

	@Autowired
	BlobStore blobs;

	@Autowired
	JobQueue jobs;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts testAccounts;

	Session advertiser;

	Session otherAdvertiser;

	long campaign;

	@BeforeAll
	static void s3() {
		s3 = S3Client.builder()
			.endpointOverride(URI.create(TestServers.s3Endpoint()))
			.forcePathStyle(true)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("s3mock", "s3mock")))
			.build();
	}

	@AfterAll
	static void closeS3() {
		s3.close();
	}

	@BeforeEach
	void accounts() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.advertiser = invited();
		this.otherAdvertiser = invited();
		this.campaign = createCampaign(this.advertiser);
	}

	private Session invited() {
		String email = TestAccounts.uniqueEmail("advertiser");
		this.advertisers.invite(email, TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han", "010-1234-5678");
		return this.testAccounts.login(email);
	}

	private long createCampaign(Session who) {
		return this.client.post()
			.uri("/api/v1/advertiser/campaigns")
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(CampaignsIntegrationTests.campaign())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
	}

	// images, made here as an advertiser's tool would

	static byte[] image(int width, int height, String format, int type) {
		var image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(200, 30, 40), width, height, new Color(20, 40, 160)));
		g.fillRect(width / 10, 0, width - width / 5, height);
		g.setColor(Color.YELLOW);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 4));
		g.drawString("Autumn latte", width / 5, height / 2);
		g.dispose();
		return encode(image, format);
	}

	static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, out)).isTrue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static BufferedImage decode(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	// requests

	private RestTestClient.ResponseSpec upload(Session who, long campaignId, String filename, String contentType,
			byte[] bytes) {
		var parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.parseMediaType(contentType));
		return this.client.post()
			.uri("/api/v1/advertiser/campaigns/" + campaignId + "/creatives")
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange();
	}

	private JsonNode uploaded(byte[] bytes, String filename, String contentType) {
		return upload(this.advertiser, this.campaign, filename, contentType, bytes).expectStatus()
			.isAccepted()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/advertiser/creatives/\\d+")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private RestTestClient.ResponseSpec get(Session who, String uri) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, who.bearer()).exchange();
	}

	private JsonNode creative(long id) {
		return get(this.advertiser, "/api/v1/advertiser/creatives/" + id).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private JsonNode awaitStatus(long id, String status) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !creative(id).get("status").asString().equals("PROCESSING"));
		JsonNode creative = creative(id);
		assertThat(creative.get("status").asString()).as(creative.toString()).isEqualTo(status);
		return creative;
	}

	private byte[] blob(String url) {
		assertThat(url).startsWith(CDN);
		return this.blobs.get(url.substring(CDN.length())).orElseThrow();
	}

	private void assertNothingStored(long campaignId) {
		assertThat(this.jdbc.queryForObject("select count(*) from creatives where campaign_id = ?", Long.class,
				campaignId))
			.isZero();
		assertThat(s3
			.listObjectsV2((request) -> request.bucket(TestServers.BUCKET).prefix("creatives/" + campaignId + "/"))
			.contents()).isEmpty();
	}

	private void assertRefused(byte[] bytes, String filename, String contentType, String detail) {
		upload(this.advertiser, this.campaign, filename, contentType, bytes).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("file")
			.jsonPath("$.detail")
			.<String>value((message) -> assertThat(message).contains(detail));
		assertNothingStored(this.campaign);
	}

	// the tests

	@Test
	void aPngBecomesAPrintBandTheFullWidthOfTheAPageAndAThumbnail() throws IOException {
		JsonNode accepted = uploaded(image(1200, 800, "png", BufferedImage.TYPE_INT_ARGB), "latte.png", "image/png");
		assertThat(accepted.get("status").asString()).isEqualTo("PROCESSING");
		assertThat(accepted.get("contentType").asString()).isEqualTo("image/png");
		assertThat(accepted.get("width").asInt()).isEqualTo(1200);
		assertThat(accepted.get("height").asInt()).isEqualTo(800);
		assertThat(accepted.get("originalUrl").asString()).startsWith(CDN + "creatives/" + this.campaign + "/")
			.endsWith(".png");
		long id = accepted.get("id").asLong();

		JsonNode ready = awaitStatus(id, "READY");
		byte[] bandPng = blob(ready.get("bandUrl").asString());
		assertThat(Arrays.copyOf(bandPng, 4)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		BufferedImage band = decode(bandPng);
		assertThat(band.getWidth()).isEqualTo(2480);
		assertThat(band.getHeight()).isEqualTo(590);
		// 1200 x 800 fits 885 x 590, centred on white: white at the sides, the ad in the
		// middle, and the image's own transparent margins white too
		assertThat(band.getRGB(100, 295) & 0xffffff).isEqualTo(0xffffff);
		assertThat(band.getRGB(2380, 295) & 0xffffff).isEqualTo(0xffffff);
		assertThat(band.getRGB(1240 - 442 + 20, 295) & 0xffffff).isEqualTo(0xffffff);
		assertThat(band.getRGB(1240, 295) & 0xffffff).isNotEqualTo(0xffffff);

		BufferedImage thumbnail = decode(blob(ready.get("thumbnailUrl").asString()));
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(213);
		assertThat(blob(ready.get("originalUrl").asString())).hasSizeGreaterThan(1000);

		assertThat(this.creatives.readyCreatives(List.of(this.campaign))).containsExactly(
				new ReadyCreative(id, this.campaign, ready.get("bandUrl").asString().substring(CDN.length())));
		get(this.advertiser, "/api/v1/advertiser/campaigns/" + this.campaign + "/creatives").expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(id)
			.jsonPath("$[0].status")
			.isEqualTo("READY");
	}

	@Test
	void aJpegBecomesAPrintBandToo() throws IOException {
		byte[] jpeg = image(3000, 600, "jpeg", BufferedImage.TYPE_INT_RGB);
		JsonNode accepted = uploaded(jpeg, "banner.jpeg", "image/jpeg");
		assertThat(accepted.get("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(accepted.get("originalUrl").asString()).endsWith(".jpg");
		JsonNode ready = awaitStatus(accepted.get("id").asLong(), "READY");
		BufferedImage band = decode(blob(ready.get("bandUrl").asString()));
		assertThat(band.getWidth()).isEqualTo(2480);
		assertThat(band.getHeight()).isEqualTo(590);
		assertThat(decode(blob(ready.get("thumbnailUrl").asString())).getWidth()).isEqualTo(320);
		assertThat(blob(ready.get("originalUrl").asString())).isEqualTo(jpeg);
	}

	@Test
	void aPdfNamedPngIsRefusedWhateverItsNameAndTypeSay() {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertRefused(pdf, "poster.png", "image/png", "PDF");
		assertRefused("GIF89a not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "poster.jpg",
				"image/jpeg", "not a PNG or JPEG");
	}

	@Test
	void aTruncatedJpegOrPngIsRefused() {
		byte[] jpeg = image(1200, 400, "jpeg", BufferedImage.TYPE_INT_RGB);
		assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg", "cut short");
		byte[] png = image(1200, 400, "png", BufferedImage.TYPE_INT_RGB);
		assertRefused(Arrays.copyOf(png, png.length / 2), "cut.png", "image/png", "cannot be decoded");
	}

	@Test
	void aPngClaimingTwentyThousandPixelsSquareIsRefusedFromItsHeader() {
		// one bit a pixel, all black: 400 million pixels in a few dozen kilobytes
		byte[] bomb = encode(new BufferedImage(20000, 20000, BufferedImage.TYPE_BYTE_BINARY), "png");
		assertThat(bomb.length).isLessThan(100_000);
		assertRefused(bomb, "bomb.png", "image/png", "20000 x 20000 pixels");
	}

	@Test
	void anImageTooSmallToPrintSharplyIsRefused() {
		assertRefused(image(400, 300, "png", BufferedImage.TYPE_INT_RGB), "small.png", "image/png",
				"at least 600 wide");
	}

	@Test
	void anUploadOverTheCreativeLimitIsContentTooLarge() {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		large[0] = (byte) 0x89;
		upload(this.advertiser, this.campaign, "large.png", "image/png", large).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("file")
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).contains("5 MB"));
		assertNothingStored(this.campaign);
	}

	@Test
	void anUploadOverTheMultipartLimitIsContentTooLarge() {
		byte[] huge = new byte[51 * 1024 * 1024];
		upload(this.advertiser, this.campaign, "huge.png", "image/png", huge).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).contains("larger than"));
		assertNothingStored(this.campaign);
	}

	@Test
	void aFileWithoutTheFilePartIsNamed() {
		var parts = new MultipartBodyBuilder();
		parts.part("image", "not here");
		this.client.post()
			.uri("/api/v1/advertiser/campaigns/" + this.campaign + "/creatives")
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("file");
	}

	@Test
	void aRemovedCreativeIsGoneAndNoLongerOffered() {
		long id = uploaded(image(1200, 400, "png", BufferedImage.TYPE_INT_RGB), "a.png", "image/png").get("id")
			.asLong();
		JsonNode ready = awaitStatus(id, "READY");
		this.client.delete()
			.uri("/api/v1/advertiser/creatives/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.exchange()
			.expectStatus()
			.isNoContent();
		get(this.advertiser, "/api/v1/advertiser/creatives/" + id).expectStatus().isNotFound();
		get(this.advertiser, "/api/v1/advertiser/campaigns/" + this.campaign + "/creatives").expectBody().json("[]");
		assertThat(this.creatives.readyCreatives()).noneMatch((creative) -> creative.creativeId() == id);

		// a page given the creative just before may still be printing: its files stay for
		// the hour the clean-up job waits; then the job deletes them
		List<String> keys = List.of("originalUrl", "bandUrl", "thumbnailUrl")
			.stream()
			.map((field) -> ready.get(field).asString().substring(CDN.length()))
			.toList();
		assertThat(keys).allMatch((key) -> this.blobs.get(key).isPresent());
		this.jobs.enqueue(CLEANUP, new Files(keys));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> keys.stream().allMatch((key) -> this.blobs.get(key).isEmpty()));
	}

	@Test
	void aCampaignUnderReviewKeepsItsCreativesAsTheyAre() {
		long id = uploaded(image(1200, 400, "png", BufferedImage.TYPE_INT_RGB), "a.png", "image/png").get("id")
			.asLong();
		this.client.post()
			.uri("/api/v1/advertiser/campaigns/" + this.campaign + "/submit")
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.exchange()
			.expectStatus()
			.isOk();
		upload(this.advertiser, this.campaign, "b.png", "image/png",
				image(1200, 400, "png", BufferedImage.TYPE_INT_RGB))
			.expectStatus()
			.isEqualTo(409);
		this.client.delete()
			.uri("/api/v1/advertiser/creatives/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		get(this.advertiser, "/api/v1/advertiser/campaigns/" + this.campaign + "/creatives").expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

	@Test
	void anImageTheJobCannotDecodeFailsWithTheReason() {
		// stored behind the upload's back: the job is the last line of defence
		String key = "creatives/" + this.campaign + "/damaged.png";
		this.blobs.put(key,
				"\u0089PNG\r\n\u001a\n and then nothing".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
				"image/png");
		this.jdbc.update(
				"""
						insert into creatives (campaign_id, status, original_key, content_type, width, height, bytes, created_at)
						values (?, 'PROCESSING', ?, 'image/png', 1200, 400, 30, current_timestamp)""",
				this.campaign, key);
		long id = this.jdbc.queryForObject("select id from creatives where original_key = ?", Long.class, key);
		this.jobs.enqueue(IMAGES, new Images(id));
		JsonNode failed = awaitStatus(id, "FAILED");
		assertThat(failed.get("failure").asString()).contains("header cannot be read");
		assertThat(failed.get("bandUrl").isNull()).isTrue();
	}

	@Test
	void anotherAdvertisersCampaignsAndCreativesAreNotFoundOnEveryRoute() {
		long mine = uploaded(image(1200, 400, "png", BufferedImage.TYPE_INT_RGB), "a.png", "image/png").get("id")
			.asLong();
		Session other = this.otherAdvertiser;
		upload(other, this.campaign, "b.png", "image/png", image(1200, 400, "png", BufferedImage.TYPE_INT_RGB))
			.expectStatus()
			.isNotFound();
		get(other, "/api/v1/advertiser/campaigns/" + this.campaign + "/creatives").expectStatus().isNotFound();
		get(other, "/api/v1/advertiser/creatives/" + mine).expectStatus().isNotFound();
		this.client.delete()
			.uri("/api/v1/advertiser/creatives/" + mine)
			.header(HttpHeaders.AUTHORIZATION, other.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
		get(this.advertiser, "/api/v1/advertiser/creatives/" + mine).expectStatus().isOk();
		assertThat(this.jdbc.queryForObject("select count(*) from creatives where campaign_id = ?", Long.class,
				this.campaign))
			.isEqualTo(1);
	}

	@Test
	void membersAreForbiddenAndStrangersUnauthenticatedOnEveryRoute() {
		long id = uploaded(image(1200, 400, "png", BufferedImage.TYPE_INT_RGB), "a.png", "image/png").get("id")
			.asLong();
		Session member = this.testAccounts.newMember();
		Session admin = this.testAccounts.newAccount(Role.ADMIN);
		for (Session who : List.of(member, admin)) {
			upload(who, this.campaign, "a.png", "image/png", image(1200, 400, "png", BufferedImage.TYPE_INT_RGB))
				.expectStatus()
				.isForbidden();
			get(who, "/api/v1/advertiser/campaigns/" + this.campaign + "/creatives").expectStatus().isForbidden();
			get(who, "/api/v1/advertiser/creatives/" + id).expectStatus().isForbidden();
			this.client.delete()
				.uri("/api/v1/advertiser/creatives/" + id)
				.header(HttpHeaders.AUTHORIZATION, who.bearer())
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.client.post()
			.uri("/api/v1/advertiser/campaigns/" + this.campaign + "/creatives")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new MultipartBodyBuilder().build())
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/api/v1/advertiser/campaigns/" + this.campaign + "/creatives")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get().uri("/api/v1/advertiser/creatives/" + id).exchange().expectStatus().isUnauthorized();
		this.client.delete().uri("/api/v1/advertiser/creatives/" + id).exchange().expectStatus().isUnauthorized();
		assertThat(this.jdbc.queryForObject("select count(*) from creatives where id = ?", Long.class, id))
			.isEqualTo(1);
	}

}
