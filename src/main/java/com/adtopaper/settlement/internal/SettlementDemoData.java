package com.adtopaper.settlement.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import com.adtopaper.member.Accounts;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.NewTerms;
import com.adtopaper.settlement.PartnerProfiles;
import com.adtopaper.settlement.PartnerTerms;
import com.adtopaper.settlement.ProfileChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo partner as settlement knows it: terms for the demo site
 * (55% of what advertisers pay, ₩3 a house-ad side, from the first of this month), payee
 * details of a business, and a staff account ({@code staff@adtopaper.example}) that sees
 * the printers and the log only.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "adtopaper.demo-data.enabled", havingValue = "true")
class SettlementDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SettlementDemoData.class);

	private final Accounts accounts;

	private final Printers printers;

	private final PartnerTerms terms;

	private final PartnerProfiles profiles;

	SettlementDemoData(Accounts accounts, Printers printers, PartnerTerms terms, PartnerProfiles profiles) {
		this.accounts = accounts;
		this.printers = printers;
		this.terms = terms;
		this.profiles = profiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		long partner = this.accounts.findByEmail("partner@adtopaper.example").orElseThrow().id();
		if (!this.terms.ofPartner(partner).isEmpty()) {
			return;
		}
		long operator = this.accounts.findByEmail("admin@adtopaper.example").orElseThrow().id();
		LocalDate first = YearMonth.now(Periods.SEOUL).atDay(1);
		for (long site : this.printers.ofPartner(partner).stream().map(Printer::siteId).distinct().toList()) {
			this.terms.set(operator, new NewTerms(site, null, 5500, 3, first));
		}
		this.profiles.update(partner,
				new ProfileChange("신촌복사 주식회사", "220-81-62517", "Sinchon Copy Shop", "partner@adtopaper.example", null));
		this.profiles.addStaff(partner, "staff@adtopaper.example", "Counter clerk", "adtopaper-demo");
		log.info("Demo partner's terms set (55% + ₩3 a house side); its staff account: staff@adtopaper.example");
	}

}
