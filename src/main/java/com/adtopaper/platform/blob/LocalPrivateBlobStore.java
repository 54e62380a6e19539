package com.adtopaper.platform.blob;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedded default: a folder of its own, outside the one served under
 * {@code /blobs/}; signed links are answered by {@link PrivateBlobController}.
 */
final class LocalPrivateBlobStore implements PrivateBlobStore {

	static final String LINK_PATH = "/private-blobs/";

	private final LocalBlobStore files;

	private final LinkSigner signer;

	LocalPrivateBlobStore(Path root, LinkSigner signer) {
		this.files = new LocalBlobStore(root, LINK_PATH);
		this.signer = signer;
	}

	Path path(String key) {
		return this.files.path(key);
	}

	LinkSigner signer() {
		return this.signer;
	}

	@Override
	public void put(String key, Path file, String contentType) {
		this.files.put(key, file, contentType);
	}

	@Override
	public boolean copyTo(String key, Path target) {
		return this.files.copyTo(key, target);
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(this.files.path(key));
	}

	@Override
	public void delete(String key) {
		this.files.delete(key);
	}

	@Override
	public SignedLink signedLink(String key, String downloadName, Duration validFor) {
		this.files.path(key);
		Instant expires = this.signer.now().plus(validFor);
		long epoch = expires.getEpochSecond();
		String signature = this.signer.sign(key, downloadName, epoch);
		return new SignedLink(LINK_PATH + key + "?name=" + URLEncoder.encode(downloadName, StandardCharsets.UTF_8)
				+ "&expires=" + epoch + "&signature=" + signature, Instant.ofEpochSecond(epoch));
	}

}
