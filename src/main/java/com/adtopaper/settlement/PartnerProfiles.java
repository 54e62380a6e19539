package com.adtopaper.settlement;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing.Thing;
import com.adtopaper.settlement.internal.PayeeFormats;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' payee details (legal name, business registration number, bank account,
 * contacts) and their staff accounts, who see the printers and the log but never the
 * money. The bank account is kept whole (payouts need it) and only ever shown masked.
 */
@Service
@Transactional
public class PartnerProfiles {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{6,18}");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	PartnerProfiles(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The partner's details, the bank account masked; the account's name as legal name
	 * until set.
	 */
	@Transactional(readOnly = true)
	public PartnerProfile get(long partnerId) {
		Account partner = partner(partnerId);
		return this.jdbc.sql("select * from settlement_partners where partner_id = ?")
			.param(partnerId)
			.query((rs, row) -> new PartnerProfile(partnerId, rs.getString("legal_name"),
					rs.getString("business_number"), rs.getString("bank_code"),
					(rs.getString("bank_account") != null) ? PayeeFormats.mask(rs.getString("bank_account")) : null,
					rs.getString("account_holder"), rs.getString("contact_name"), rs.getString("contact_email"),
					rs.getString("contact_phone")))
			.optional()
			.orElseGet(() -> new PartnerProfile(partnerId, partner.name(), null, null, null, null, null, null, null));
	}

	public PartnerProfile update(long partnerId, ProfileChange change) {
		partner(partnerId);
		String legalName = change.legalName().strip();
		if (legalName.isEmpty() || legalName.length() > 150) {
			throw new InvalidSettlement("legalName", "The legal name has 1 to 150 characters.",
					"problem.settlement.legal-name");
		}
		String business = blankToNull(change.businessNumber());
		if (business != null) {
			business = PayeeFormats.businessNumber(business);
			if (business == null) {
				throw new InvalidSettlement("businessNumber",
						"A business registration number has 10 digits (123-45-67890) and a valid check digit.",
						"problem.settlement.business-number");
			}
		}
		String email = blankToNull(change.contactEmail());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new InvalidSettlement("contactEmail", "That is not an e-mail address.", "problem.settlement.email");
		}
		String phone = blankToNull(change.contactPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidSettlement("contactPhone", "A phone number has digits and hyphens: 02-123-4567.",
					"problem.settlement.phone");
		}
		String name = blankToNull(change.contactName());
		if (name != null && name.length() > 100) {
			throw new InvalidSettlement("contactName", "A name has at most 100 characters.",
					"problem.settlement.contact-name");
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("insert into settlement_partners (partner_id, legal_name, business_number, contact_name,"
					+ " contact_email, contact_phone, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)"
					+ " on duplicate key update legal_name = values(legal_name), business_number ="
					+ " values(business_number), contact_name = values(contact_name), contact_email ="
					+ " values(contact_email), contact_phone = values(contact_phone), updated_at = values(updated_at),"
					+ " version = version + 1")
			.params(partnerId, legalName, business, name, email, phone, now)
			.update();
		return get(partnerId);
	}

	/**
	 * Sets the bank account, once the actor's password is checked again; recorded with
	 * the masked accounts before and after.
	 */
	public PartnerProfile changeBank(long partnerId, long actorId, String password, BankAccount account) {
		PartnerProfile before = get(partnerId);
		if (!this.accounts.passwordMatches(actorId, password)) {
			throw new InvalidSettlement("password", "That is not your password: the bank account is unchanged.",
					"problem.settlement.bank-password");
		}
		if (!account.bankCode().matches("[0-9]{3}")) {
			throw new InvalidSettlement("bankCode", "A bank's code has 3 digits (004, 088, ...).",
					"problem.settlement.bank-code");
		}
		String number = account.number().strip().replace("-", "");
		if (!number.matches("[0-9]{10,16}")) {
			throw new InvalidSettlement("number", "An account number has 10 to 16 digits (hyphens allowed).",
					"problem.settlement.account-number");
		}
		String holder = account.holder().strip();
		if (holder.isEmpty() || holder.length() > 100) {
			throw new InvalidSettlement("holder", "The account holder's name has 1 to 100 characters.",
					"problem.settlement.account-holder");
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("insert into settlement_partners (partner_id, legal_name, bank_code, bank_account, account_holder,"
					+ " updated_at, version) values (?, ?, ?, ?, ?, ?, 0) on duplicate key update bank_code ="
					+ " values(bank_code), bank_account = values(bank_account), account_holder ="
					+ " values(account_holder), updated_at = values(updated_at), version = version + 1")
			.params(partnerId, before.legalName(), account.bankCode(), number, holder, now)
			.update();
		this.jdbc
			.sql("insert into settlement_bank_changes (partner_id, actor_id, before_masked, after_masked, changed_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(partnerId, actorId, before.maskedAccount(), PayeeFormats.mask(number), now)
			.update();
		return get(partnerId);
	}

	@Transactional(readOnly = true)
	public List<BankChange> bankChanges(long partnerId) {
		return this.jdbc.sql("select * from settlement_bank_changes where partner_id = ? order by id")
			.param(partnerId)
			.query((rs, row) -> new BankChange(rs.getLong("actor_id"), rs.getString("before_masked"),
					rs.getString("after_masked"),
					rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
			.list();
	}

	/**
	 * The partner an account acts for: a partner for themselves, a staff account for its
	 * partner.
	 */
	@Transactional(readOnly = true)
	public long partnerOf(long accountId) {
		Account account = this.accounts.find(accountId)
			.orElseThrow(() -> new NoSuchPartnerThing(Thing.PARTNER_ACCOUNT, accountId));
		if (account.role() == Role.PARTNER) {
			return accountId;
		}
		if (account.role() == Role.PARTNER_STAFF) {
			return this.jdbc.sql("select partner_id from settlement_staff where account_id = ?")
				.param(accountId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new NoSuchPartnerThing(Thing.PARTNER_OF_ACCOUNT, accountId));
		}
		throw new NoSuchPartnerThing(Thing.PARTNER_ACCOUNT, accountId);
	}

	@Transactional(readOnly = true)
	public List<Account> staff(long partnerId) {
		return this.jdbc.sql("select account_id from settlement_staff where partner_id = ? order by account_id")
			.param(partnerId)
			.query(Long.class)
			.list()
			.stream()
			.flatMap((id) -> this.accounts.find(id).stream())
			.toList();
	}

	/** Adds a staff account (role PARTNER_STAFF) to the partner. */
	public Account addStaff(long partnerId, String email, String name, String password) {
		partner(partnerId);
		// the accounts facade trusts its callers' forms (sign-up validates its own)
		String address = email.strip();
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new InvalidSettlement("email", "That is not an e-mail address.", "problem.settlement.email");
		}
		if (name.isBlank() || name.strip().length() > 100) {
			throw new InvalidSettlement("name", "A name has 1 to 100 characters.", "problem.settlement.staff-name");
		}
		if (password.length() < 8 || password.length() > 128) {
			throw new InvalidSettlement("password", "A password has 8 to 128 characters.",
					"problem.member.password-length");
		}
		Account staff = this.accounts.create(email, password, name, Role.PARTNER_STAFF);
		this.jdbc.sql("insert into settlement_staff (account_id, partner_id, created_at) values (?, ?, ?)")
			.params(staff.id(), partnerId, LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return staff;
	}

	/** Removes a staff account of the partner's: it is blocked and no longer theirs. */
	public void removeStaff(long partnerId, long staffAccountId) {
		int removed = this.jdbc.sql("delete from settlement_staff where account_id = ? and partner_id = ?")
			.params(staffAccountId, partnerId)
			.update();
		if (removed == 0) {
			throw new NoSuchPartnerThing(Thing.STAFF_ACCOUNT, staffAccountId);
		}
		this.accounts.block(staffAccountId);
	}

	private Account partner(long partnerId) {
		return this.accounts.find(partnerId)
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(() -> new NoSuchPartnerThing(Thing.PARTNER, partnerId));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
