package com.adtopaper.settlement.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayeeFormatsTests {

	@Test
	void realBusinessNumbersPassPlainOrWithHyphens() {
		assertThat(PayeeFormats.businessNumber("220-81-62517")).isEqualTo("2208162517");
		assertThat(PayeeFormats.businessNumber("1248100998")).isEqualTo("1248100998");
	}

	@Test
	void aWrongCheckDigitOrShapeIsRefused() {
		assertThat(PayeeFormats.businessNumber("220-81-62518")).isNull();
		assertThat(PayeeFormats.businessNumber("22081-62517")).isNull();
		assertThat(PayeeFormats.businessNumber("220816251")).isNull();
		assertThat(PayeeFormats.businessNumber("abc")).isNull();
	}

	@Test
	void masksAllButTheLastFour() {
		assertThat(PayeeFormats.mask("1234567890")).isEqualTo("******7890");
		assertThat(PayeeFormats.mask("123")).isEqualTo("123");
	}

}
