package com.adtopaper.settlement;

/**
 * A bank account for payouts.
 *
 * @param bankCode the bank's 3-digit code
 * @param number the account number: digits (hyphens allowed), 10 to 16 digits
 * @param holder the account holder's name
 */
public record BankAccount(String bankCode, String number, String holder) {

}
