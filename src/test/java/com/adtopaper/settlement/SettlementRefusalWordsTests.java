package com.adtopaper.settlement;

import java.util.Locale;

import com.adtopaper.TestMessages;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing.Thing;
import com.adtopaper.settlement.SettlementExceptions.PayoutMoveRefused;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement refusals whose words are made of other words (a payout's statuses, what
 * a partner has none of) read whole in Korean and in English.
 */
class SettlementRefusalWordsTests {

	private final ResourceBundleMessageSource messages = TestMessages.bundles();

	@Test
	void aRefusedPayoutMoveNamesTheStatusesItMayGoTo() {
		var refused = new PayoutMoveRefused(PayoutStatus.PENDING, PayoutStatus.PAID, true);
		assertThat(this.messages.getMessage(refused, Locale.KOREAN)).isEqualTo(
				"지급을 지급 대기에서 지급 완료(으)로 옮길 수 없습니다: 지급 대기에서는 보류 또는 세금계산서 대기(으)로만 옮길 수 있습니다 (사업자 파트너의 지급은 세금계산서를 기다립니다).");
		assertThat(this.messages.getMessage(refused, Locale.ENGLISH)).isEqualTo(
				"A payout cannot move from pending to paid: from pending it may go to on hold or tax invoice awaited (a business partner's payout waits for their tax invoice).");
		var paid = new PayoutMoveRefused(PayoutStatus.PAID, PayoutStatus.PENDING, false);
		assertThat(this.messages.getMessage(paid, Locale.KOREAN)).isEqualTo("지급 완료 상태의 지급은 더 옮길 수 없습니다.");
		assertThat(this.messages.getMessage(paid, Locale.ENGLISH)).isEqualTo("A paid payout moves no more.");
	}

	@Test
	void aMissingThingIsNamedWithItsId() {
		var missing = new NoSuchPartnerThing(Thing.PARTNER_OF_ACCOUNT, 12);
		assertThat(missing.getMessage()).isEqualTo("There is no partner of account 12.");
		assertThat(this.messages.getMessage(missing, Locale.KOREAN)).isEqualTo("12번 계정의 파트너는 없습니다.");
		assertThat(this.messages.getMessage(missing, Locale.ENGLISH)).isEqualTo("There is no partner of account 12.");
	}

}
