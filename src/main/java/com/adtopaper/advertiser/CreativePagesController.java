package com.adtopaper.advertiser;

import com.adtopaper.ads.Creative;
import com.adtopaper.ads.Creatives;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.CurrentAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading and removing a campaign's creatives from its page. */
@Controller
class CreativePagesController {

	private final Creatives creatives;

	CreativePagesController(Creatives creatives) {
		this.creatives = creatives;
	}

	@PostMapping("/advertiser/campaigns/{id}/creatives")
	String upload(CurrentAccount me, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose a PNG or JPEG image to upload.");
		}
		else {
			try {
				String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "creative";
				this.creatives.upload(me.id(), id, name, file.getContentType(), file.getSize(), file);
				redirect.addFlashAttribute("notice",
						"Uploaded; the print band is being made and appears below in a moment.");
			}
			catch (DomainException ex) {
				if (ex.kind() == DomainException.Kind.NOT_FOUND) {
					throw ex;
				}
				redirect.addFlashAttribute("problem", ex.getMessage());
			}
		}
		return "redirect:/advertiser/campaigns/" + id;
	}

	@PostMapping("/advertiser/creatives/{id}/remove")
	String remove(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		Creative creative = this.creatives.get(me.id(), id);
		try {
			this.creatives.remove(me.id(), id);
			redirect.addFlashAttribute("notice", "Creative removed.");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/advertiser/campaigns/" + creative.campaignId();
	}

}
