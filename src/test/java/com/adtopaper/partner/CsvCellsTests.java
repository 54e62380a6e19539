package com.adtopaper.partner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void formulasAreEscapedWithAnApostrophe() {
		assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
		assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
		assertThat(CsvCells.cell("@SUM")).isEqualTo("'@SUM");
	}

	@Test
	void plainTextStaysAndSeparatorsAreQuoted() {
		assertThat(CsvCells.cell("주식회사 가나")).isEqualTo("주식회사 가나");
		assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.cell(null)).isEmpty();
	}

}
