package com.adtopaper.advertiser;

import com.adtopaper.ads.Creative;
import com.adtopaper.ads.Creatives;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.CurrentAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading and removing a campaign's creatives from its page; its notices are message
 * keys, its problems in the reader's words.
 */
@Controller
class CreativePagesController {

	private final Creatives creatives;

	private final MessageSource messages;

	CreativePagesController(Creatives creatives, MessageSource messages) {
		this.creatives = creatives;
		this.messages = messages;
	}

	@PostMapping("/advertiser/campaigns/{id}/creatives")
	String upload(CurrentAccount me, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage("advertiser.creatives.choose", null, LocaleContextHolder.getLocale()));
		}
		else {
			try {
				String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "creative";
				this.creatives.upload(me.id(), id, name, file.getContentType(), file.getSize(), file);
				redirect.addFlashAttribute("notice", "advertiser.creatives.uploaded");
			}
			catch (DomainException ex) {
				if (ex.kind() == DomainException.Kind.NOT_FOUND) {
					throw ex;
				}
				redirect.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
			}
		}
		return "redirect:/advertiser/campaigns/" + id;
	}

	@PostMapping("/advertiser/creatives/{id}/remove")
	String remove(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		Creative creative = this.creatives.get(me.id(), id);
		try {
			this.creatives.remove(me.id(), id);
			redirect.addFlashAttribute("notice", "advertiser.creatives.removed");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/advertiser/campaigns/" + creative.campaignId();
	}

}
