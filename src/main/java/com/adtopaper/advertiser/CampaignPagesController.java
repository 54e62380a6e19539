package com.adtopaper.advertiser;

import java.util.List;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.printing.Printers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advertiser site: campaign list, creating and editing, submitting, pausing. */
@Controller
class CampaignPagesController {

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final Schools schools;

	private final Printers printers;

	private final MessageSource messages;

	CampaignPagesController(Campaigns campaigns, CampaignReports reports, Schools schools, Printers printers,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.schools = schools;
		this.printers = printers;
		this.messages = messages;
	}

	@GetMapping({ "/advertiser", "/advertiser/" })
	String home() {
		return "redirect:/advertiser/campaigns";
	}

	@GetMapping("/advertiser/campaigns")
	String list(CurrentAccount me, Model model) {
		List<Campaign> campaigns = this.campaigns.list(me.id());
		model.addAttribute("campaigns", campaigns);
		model.addAttribute("live", this.reports.live(campaigns));
		return "advertiser/campaigns";
	}

	@GetMapping("/advertiser/campaigns/new")
	String createForm(Model model) {
		return form(model, new CampaignForm(), null);
	}

	@PostMapping("/advertiser/campaigns")
	String create(CurrentAccount me, @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Campaign campaign = this.campaigns.create(me.id(), form.toDraft());
			return "redirect:/advertiser/campaigns/" + campaign.id();
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return form(model, form, null);
		}
	}

	@GetMapping("/advertiser/campaigns/{id}/edit")
	String editForm(CurrentAccount me, @PathVariable long id, Model model) {
		Campaign campaign = this.campaigns.get(me.id(), id);
		return form(model, CampaignForm.of(campaign), campaign);
	}

	@PostMapping("/advertiser/campaigns/{id}")
	String edit(CurrentAccount me, @PathVariable long id, @ModelAttribute("form") CampaignForm form,
			BindingResult binding, Model model) {
		Campaign campaign = this.campaigns.get(me.id(), id);
		if (binding.hasErrors()) {
			return form(model, form, campaign);
		}
		try {
			this.campaigns.edit(me.id(), id, form.toDraft());
			return "redirect:/advertiser/campaigns/" + id;
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return form(model, form, campaign);
		}
	}

	@PostMapping("/advertiser/campaigns/{id}/submit")
	String submit(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "advertiser.campaign.submitted", () -> this.campaigns.submit(me.id(), id));
	}

	@PostMapping("/advertiser/campaigns/{id}/pause")
	String pause(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "advertiser.campaign.paused", () -> this.campaigns.pause(me.id(), id));
	}

	@PostMapping("/advertiser/campaigns/{id}/resume")
	String resume(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "advertiser.campaign.resumed", () -> this.campaigns.resume(me.id(), id));
	}

	/** Runs the action; {@code done} is the message key of the notice that it worked. */
	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", words(ex));
		}
		return "redirect:/advertiser/campaigns/" + id;
	}

	private void reject(BindingResult binding, DomainException ex) {
		if (ex.kind() == DomainException.Kind.NOT_FOUND) {
			throw ex;
		}
		String field = ex.field();
		if (field != null && field.startsWith("targeting.")) {
			field = field.substring("targeting.".length());
		}
		if (field != null && binding.getFieldType(field) != null) {
			binding.rejectValue(field, "invalid", words(ex));
		}
		else {
			binding.reject("invalid", words(ex));
		}
	}

	private String words(DomainException ex) {
		return this.messages.getMessage(ex, LocaleContextHolder.getLocale());
	}

	private String form(Model model, CampaignForm form, Campaign campaign) {
		model.addAttribute("form", form);
		model.addAttribute("campaign", campaign);
		model.addAttribute("schools", this.schools.all());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("printers", this.printers.all());
		return "advertiser/campaign-form";
	}

}
