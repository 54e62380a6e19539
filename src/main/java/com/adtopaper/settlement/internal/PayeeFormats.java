package com.adtopaper.settlement.internal;

/**
 * Checks and normal forms of a payee's numbers: the Korean business registration number
 * (10 digits, the last a check digit) and bank account numbers, shown masked.
 */
public final class PayeeFormats {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	private PayeeFormats() {
	}

	/**
	 * The business number's 10 digits, or {@code null} when it is not 10 digits (plain or
	 * 3-2-5 with hyphens) or its check digit is wrong.
	 */
	public static String businessNumber(String input) {
		if (input == null) {
			return null;
		}
		String trimmed = input.strip();
		if (!trimmed.matches("\\d{10}|\\d{3}-\\d{2}-\\d{5}")) {
			return null;
		}
		String digits = trimmed.replace("-", "");
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += digit(digits, i) * WEIGHTS[i];
		}
		// The ninth digit's weight 5 also carries its tens into the sum.
		sum += digit(digits, 8) * 5 / 10;
		int check = (10 - sum % 10) % 10;
		return (check == digit(digits, 9)) ? digits : null;
	}

	/**
	 * All but the last four characters as {@code *}, so a saved account is never shown
	 * whole.
	 */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		int keep = Math.min(4, number.length());
		return "*".repeat(number.length() - keep) + number.substring(number.length() - keep);
	}

	private static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}

}
