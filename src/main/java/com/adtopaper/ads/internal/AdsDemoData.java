package com.adtopaper.ads.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo advertising: the demo advertiser's company and one running
 * campaign for everyone, with a creative, so that demo jobs print with a paid ad and the
 * advertiser's site has numbers to show.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "adtopaper.demo-data.enabled", havingValue = "true")
class AdsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdsDemoData.class);

	private final Accounts accounts;

	private final AdvertiserRepository advertisers;

	private final Campaigns campaigns;

	private final Creatives creatives;

	private final CampaignProgress progress;

	private final Clock clock;

	AdsDemoData(Accounts accounts, AdvertiserRepository advertisers, Campaigns campaigns, Creatives creatives,
			CampaignProgress progress, Clock clock) {
		this.accounts = accounts;
		this.advertisers = advertisers;
		this.campaigns = campaigns;
		this.creatives = creatives;
		this.progress = progress;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long account = this.accounts.findByEmail("advertiser@adtopaper.example").orElseThrow().id();
		if (this.advertisers.findByAccountId(account).isPresent()) {
			return;
		}
		this.advertisers.save(new AdvertiserEntity(account, "Campus Coffee Co.", "Jiwoo Han", "010-1234-5678",
				AdvertiserEntity.ACTIVE, this.clock.instant()));
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Seoul")));
		Campaign campaign = this.campaigns.create(account, new CampaignDraft("Exam season latte", today,
				today.plusDays(60), 1_000_000, 50_000, 20, Priority.REMNANT, 100, 5, Targeting.ANYONE));
		this.creatives.upload(account, campaign.id(), "exam-latte.png", "image/png", band());
		this.campaigns.submit(account, campaign.id());
		this.campaigns.approve(campaign.id());
		this.progress.advance();
		log.info("Demo campaign '{}' is running for advertiser@adtopaper.example", campaign.name());
	}

	private static byte[] band() {
		BufferedImage image = new BufferedImage(2480, 590, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0x6F4E37));
			g.fillRect(0, 0, 2480, 590);
			g.setColor(new Color(0xF5E6D3));
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
			g.drawString("Campus Coffee", 120, 260);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 90));
			g.drawString("Exam season latte: 1,000 won off with this page", 120, 430);
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			g.dispose();
		}
	}

}
