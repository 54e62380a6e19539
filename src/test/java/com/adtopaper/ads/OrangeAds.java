package com.adtopaper.ads;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;

import com.adtopaper.ads.selection.CampaignProgress;

import static org.awaitility.Awaitility.await;

/**
 * An orange creative for campaigns that print through the whole pipeline (the upload
 * included).
 */
public final class OrangeAds {

	private OrangeAds() {
	}

	/** A band-shaped PNG, all orange: easy to find on a rendered page. */
	public static byte[] orangePng() {
		BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 1200, 300);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Gives a draft campaign an orange creative, waits for it to be ready, has the
	 * campaign approved and makes the ad selection see it.
	 * @return the creative's id
	 */
	public static long startWithAnOrangeAd(Creatives creatives, Campaigns campaigns, CampaignProgress progress,
			AdSelection selection, long advertiser, long campaign) {
		long creative = creatives.upload(advertiser, campaign, "coffee.png", "image/png", orangePng()).id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> creatives.get(advertiser, creative).status() == CreativeStatus.READY);
		campaigns.submit(advertiser, campaign);
		campaigns.approve(campaign);
		progress.advance();
		selection.refresh();
		return creative;
	}

}
