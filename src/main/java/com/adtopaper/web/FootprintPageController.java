package com.adtopaper.web;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.printing.Footprint;
import com.adtopaper.printing.Footprints;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The member's printing's footprint: sheets, what the ads paid, and the trees and CO₂ of
 * that paper by PaperCut's published factors (which the page names).
 */
@Controller
class FootprintPageController {

	/** PaperCut: one tree makes 8,333 sheets of office paper. */
	static final int SHEETS_PER_TREE = 8_333;

	/** PaperCut: a sheet of office paper stands for 12.7 g of CO₂. */
	static final double GRAMS_CO2_PER_SHEET = 12.7;

	/**
	 * The page's figures: counts and won as they are, trees and CO₂ for display only.
	 *
	 * @param footprint what was printed and paid
	 * @param trees trees' worth of paper
	 * @param co2Kilograms kilograms of CO₂
	 */
	record Figures(Footprint footprint, double trees, double co2Kilograms) {

		static Figures of(Footprint footprint) {
			return new Figures(footprint, (double) footprint.sheets() / SHEETS_PER_TREE,
					footprint.sheets() * GRAMS_CO2_PER_SHEET / 1000);
		}

	}

	private final Footprints footprints;

	FootprintPageController(Footprints footprints) {
		this.footprints = footprints;
	}

	@GetMapping("/footprint")
	String footprint(CurrentAccount me, Model model) {
		model.addAttribute("figures", Figures.of(this.footprints.of(me.id())));
		model.addAttribute("sheetsPerTree", SHEETS_PER_TREE);
		model.addAttribute("gramsPerSheet", GRAMS_CO2_PER_SHEET);
		return "web/footprint";
	}

}
