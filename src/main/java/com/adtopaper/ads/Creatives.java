package com.adtopaper.ads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import com.adtopaper.ads.AdsExceptions.CreativeTooLarge;
import com.adtopaper.ads.AdsExceptions.InvalidCreative;
import com.adtopaper.ads.AdsExceptions.NoSuchCampaign;
import com.adtopaper.ads.AdsExceptions.NoSuchCreative;
import com.adtopaper.ads.AdsExceptions.NotAnAdvertiser;
import com.adtopaper.ads.internal.AdvertiserEntity;
import com.adtopaper.ads.internal.AdvertiserRepository;
import com.adtopaper.ads.internal.CampaignEntity;
import com.adtopaper.ads.internal.CampaignRepository;
import com.adtopaper.ads.internal.CreativeEntity;
import com.adtopaper.ads.internal.CreativeImages;
import com.adtopaper.ads.internal.CreativeKeys;
import com.adtopaper.ads.internal.CreativeRemoved;
import com.adtopaper.ads.internal.CreativeRepository;
import com.adtopaper.ads.internal.CreativeUploaded;
import com.adtopaper.ads.internal.ImageFacts;
import com.adtopaper.platform.blob.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creatives: the images campaigns print in the bottom band of each page. An upload is
 * checked before anything is stored (size, then what its bytes say it is, then its
 * dimensions from its header, then a full decode), stored as it came, and made into a
 * print band and a thumbnail by a job; the creative is READY when they exist, and the ad
 * selection hears of it ({@link CampaignChanged}). A campaign takes new creatives until
 * it finishes, even while it runs, but not while it is reviewed. Every method that takes
 * an advertiser's account id only sees that advertiser's campaigns and creatives:
 * another's id is not found. Called by the advertisers' channel ({@code advertiser}).
 */
@Service
public class Creatives {

	private static final Logger log = LoggerFactory.getLogger(Creatives.class);

	private final CreativeRepository creatives;

	private final CampaignRepository campaigns;

	private final AdvertiserRepository advertisers;

	private final CreativeImages images;

	private final BlobStore blobs;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Creatives(CreativeRepository creatives, CampaignRepository campaigns, AdvertiserRepository advertisers,
			CreativeImages images, BlobStore blobs, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.creatives = creatives;
		this.campaigns = campaigns;
		this.advertisers = advertisers;
		this.images = images;
		this.blobs = blobs;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Uploads a creative: PROCESSING until its print band is made. The file's name and
	 * declared type are not trusted; its bytes decide what it is.
	 * @throws CreativeTooLarge over the size limit
	 * @throws InvalidCreative not a PNG or JPEG, too large or too small in pixels, or
	 * damaged
	 */
	public Creative upload(long accountId, long campaignId, String filename, @Nullable String contentType,
			byte[] bytes) {
		return upload(accountId, campaignId, filename, contentType, bytes.length,
				() -> new ByteArrayInputStream(bytes));
	}

	/**
	 * As {@link #upload(long, long, String, String, byte[])}, reading the content only
	 * once its declared size is known to be within the limit.
	 */
	public Creative upload(long accountId, long campaignId, String filename, @Nullable String contentType, long size,
			InputStreamSource content) {
		// cheap refusals first: not theirs, not now, too big, before any byte is read
		own(accountId, campaignId).acceptCreative();
		if (size > this.images.maxBytes()) {
			throw new CreativeTooLarge(this.images.maxBytes());
		}
		ImageFacts image;
		byte[] bytes = read(content);
		try {
			image = this.images.inspect(bytes);
		}
		catch (InvalidCreative | CreativeTooLarge ex) {
			log.info("Refused creative '{}' ({}, {} bytes) for campaign {}: {}", filename.replaceAll("\\p{Cntrl}", "?"),
					contentType, bytes.length, campaignId, ex.getMessage());
			throw ex;
		}
		String key = CreativeKeys.original(campaignId, image.extension());
		this.blobs.put(key, bytes, image.contentType());
		try {
			Creative creative = this.transactions.execute((status) -> {
				own(accountId, campaignId).acceptCreative();
				CreativeEntity saved = this.creatives
					.save(new CreativeEntity(campaignId, key, image, this.clock.instant()));
				this.events.publishEvent(new CreativeUploaded(saved.id()));
				return saved.toCreative(this.blobs);
			});
			if (creative == null) {
				throw new IllegalStateException("No creative saved");
			}
			return creative;
		}
		catch (RuntimeException ex) {
			// nothing half-written: the row is rolled back, the file goes too
			this.blobs.delete(key);
			throw ex;
		}
	}

	@Transactional(readOnly = true)
	public List<Creative> list(long accountId, long campaignId) {
		own(accountId, campaignId);
		return this.creatives.findByCampaignIdOrderByIdDesc(campaignId)
			.stream()
			.map((creative) -> creative.toCreative(this.blobs))
			.toList();
	}

	/** A campaign's creatives, for the operators who review it. */
	@Transactional(readOnly = true)
	public List<Creative> ofCampaign(long campaignId) {
		return this.creatives.findByCampaignIdOrderByIdDesc(campaignId)
			.stream()
			.map((creative) -> creative.toCreative(this.blobs))
			.toList();
	}

	@Transactional(readOnly = true)
	public Creative get(long accountId, long creativeId) {
		return owned(accountId, creativeId).toCreative(this.blobs);
	}

	/**
	 * Removes a creative: the ad selection stops choosing it at once; its files are
	 * deleted an hour later, as pages given it just before may still be printing.
	 */
	@Transactional
	public void remove(long accountId, long creativeId) {
		CreativeEntity creative = owned(accountId, creativeId);
		this.campaigns.findById(creative.campaignId())
			.orElseThrow(() -> new NoSuchCreative(creativeId))
			.removeCreative();
		this.creatives.delete(creative);
		this.events.publishEvent(new CreativeRemoved(creativeId, CreativeKeys.all(creative.originalKey())));
		this.events.publishEvent(new CampaignChanged(creative.campaignId()));
	}

	/** Every READY creative, by campaign, for the ad selection. */
	@Transactional(readOnly = true)
	public List<ReadyCreative> readyCreatives() {
		return this.creatives.findByStatusOrderByCampaignIdAscIdAsc(CreativeStatus.READY)
			.stream()
			.map(CreativeEntity::toReadyCreative)
			.toList();
	}

	/** The READY creatives of these campaigns, by campaign, for the ad selection. */
	@Transactional(readOnly = true)
	public List<ReadyCreative> readyCreatives(Collection<Long> campaignIds) {
		if (campaignIds.isEmpty()) {
			return List.of();
		}
		return this.creatives.findByCampaignIdInAndStatusOrderByCampaignIdAscIdAsc(campaignIds, CreativeStatus.READY)
			.stream()
			.map(CreativeEntity::toReadyCreative)
			.toList();
	}

	private byte[] read(InputStreamSource content) {
		long limit = this.images.maxBytes();
		try (InputStream in = content.getInputStream()) {
			// a declared size can lie: never read more than one byte past the limit
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length > limit) {
				throw new CreativeTooLarge(limit);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private AdvertiserEntity advertiser(long accountId) {
		return this.advertisers.findByAccountId(accountId).orElseThrow(NotAnAdvertiser::new);
	}

	private CampaignEntity own(long accountId, long campaignId) {
		return this.campaigns.findByIdAndAdvertiserId(campaignId, advertiser(accountId).id())
			.orElseThrow(() -> new NoSuchCampaign(campaignId));
	}

	private CreativeEntity owned(long accountId, long creativeId) {
		return this.creatives.findOwned(creativeId, advertiser(accountId).id())
			.orElseThrow(() -> new NoSuchCreative(creativeId));
	}

}
