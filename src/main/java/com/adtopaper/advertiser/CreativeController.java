package com.adtopaper.advertiser;

import java.net.URI;
import java.util.List;

import com.adtopaper.ads.Creative;
import com.adtopaper.ads.Creatives;
import com.adtopaper.platform.security.CurrentAccount;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A campaign's creatives, as JSON. An upload answers 202: the creative is PROCESSING
 * until its print band is made; poll it until READY or FAILED.
 */
@RestController
class CreativeController {

	private final Creatives creatives;

	CreativeController(Creatives creatives) {
		this.creatives = creatives;
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping(path = "/api/v1/advertiser/campaigns/{id}/creatives", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Creative> upload(CurrentAccount me, @PathVariable long id, @RequestPart("file") MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file";
		Creative creative = this.creatives.upload(me.id(), id, name, file.getContentType(), file.getSize(), file);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/advertiser/creatives/" + creative.id()))
			.body(creative);
	}

	@GetMapping("/api/v1/advertiser/campaigns/{id}/creatives")
	List<Creative> list(CurrentAccount me, @PathVariable long id) {
		return this.creatives.list(me.id(), id);
	}

	@GetMapping("/api/v1/advertiser/creatives/{id}")
	Creative get(CurrentAccount me, @PathVariable long id) {
		return this.creatives.get(me.id(), id);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/v1/advertiser/creatives/{id}")
	ResponseEntity<Void> remove(CurrentAccount me, @PathVariable long id) {
		this.creatives.remove(me.id(), id);
		return ResponseEntity.noContent().build();
	}

}
