package com.adtopaper.settlement;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' terms, set by operators per site or printer from a day on. A change never
 * reaches into a closed month; without terms of its own or its site's a printer earns
 * under the default terms ({@code adtopaper.settlement.default-share-bps},
 * {@code default-house-fee}).
 */
@Service
@Transactional
public class PartnerTerms {

	/** Sets terms (an operator's act). */
	public Terms set(long operatorId, NewTerms terms) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Every terms of the partner's sites and printers, oldest first. */
	@Transactional(readOnly = true)
	public List<Terms> ofPartner(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

}
