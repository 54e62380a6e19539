package com.adtopaper.ads.internal;

import java.awt.image.BufferedImage;
import java.util.Optional;

import com.adtopaper.ads.AdsExceptions.InvalidCreative;
import com.adtopaper.ads.CampaignChanged;
import com.adtopaper.ads.CreativeStatus;
import com.adtopaper.ads.internal.CreativeProcessing.Images;
import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.platform.blob.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes an uploaded creative's print band and thumbnail on the {@code images} queue, then
 * marks it READY (or FAILED, if it cannot be decoded after all). At least once: the files
 * have fixed keys, so a second delivery writes the same files again, and the locked row
 * goes READY once, announcing {@link CampaignChanged} once.
 */
@Component
class CreativeProcessing implements JobHandler<Images> {

	/** Image work: a decoded image takes up to 4 bytes a pixel, so few at once. */
	static final String QUEUE = "images";

	static final JobType<Images> TYPE = JobType.of(QUEUE, "ads.creative-images", Images.class);

	/**
	 * @param creativeId the creative whose band and thumbnail to make
	 */
	record Images(long creativeId) {
	}

	private static final Logger log = LoggerFactory.getLogger(CreativeProcessing.class);

	private final JobQueue jobs;

	private final CreativeRepository creatives;

	private final CreativeImages images;

	private final CreativeSettings settings;

	private final BlobStore blobs;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	CreativeProcessing(JobQueue jobs, CreativeRepository creatives, CreativeImages images, CreativeSettings settings,
			BlobStore blobs, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.creatives = creatives;
		this.images = images;
		this.settings = settings;
		this.blobs = blobs;
		this.transactions = transactions;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(CreativeUploaded uploaded) {
		this.jobs
			.enqueue(TYPE.with(new Images(uploaded.creativeId())).unique("creative-images:" + uploaded.creativeId()));
	}

	@Override
	public JobType<Images> type() {
		return TYPE;
	}

	@Override
	public void handle(Images images, JobContext job) {
		long id = images.creativeId();
		Optional<CreativeEntity> found = this.creatives.findById(id)
			.filter((creative) -> creative.status() == CreativeStatus.PROCESSING);
		if (found.isEmpty()) {
			return;
		}
		String original = found.get().originalKey();
		Optional<byte[]> bytes = this.blobs.get(original);
		if (bytes.isEmpty()) {
			finish(id, (creative) -> creative.failed("The uploaded file is no longer stored; upload it again."));
			return;
		}
		BufferedImage image;
		try {
			image = this.images.decode(bytes.get());
		}
		catch (InvalidCreative ex) {
			finish(id, (creative) -> creative.failed(String.valueOf(ex.getMessage())));
			return;
		}
		String band = CreativeKeys.band(original);
		String thumbnail = CreativeKeys.thumbnail(original);
		this.blobs.put(band, PrintBands.png(PrintBands.band(image)), "image/png");
		this.blobs.put(thumbnail, PrintBands.png(PrintBands.thumbnail(image, this.settings.thumbnailSize())),
				"image/png");
		finish(id, (creative) -> creative.ready(band, thumbnail));
	}

	private void finish(long id, Change change) {
		this.transactions.executeWithoutResult((status) -> this.creatives.findForUpdate(id).ifPresent((creative) -> {
			boolean changed = change.apply(creative);
			if (changed && creative.status() == CreativeStatus.READY) {
				this.events.publishEvent(new CampaignChanged(creative.campaignId()));
			}
			log.info("Creative {} of campaign {}: {}", id, creative.campaignId(),
					changed ? creative.status() : "already " + creative.status());
		}));
	}

	interface Change {

		boolean apply(CreativeEntity creative);

	}

}
