package com.adtopaper.member.internal;

import java.time.Instant;

import com.adtopaper.member.Account;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "accounts")
public class AccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String displayName;

	private boolean enabled;

	private Instant createdAt;

	/** When the member deleted the account; null while it is theirs. */
	private @Nullable Instant deletedAt;

	protected AccountEntity() {
	}

	public AccountEntity(String email, String passwordHash, Role role, String displayName, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** The account's new password, as the encoder stored it. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Erases what names the person: the row stays, disabled, with an address and a name
	 * that name no one and a password no one knows, for what refers to it (the ledger,
	 * print jobs, impressions).
	 */
	public void anonymise(String unknowablePasswordHash, Instant now) {
		this.email = "deleted-" + this.id + "@deleted.invalid";
		this.displayName = "-";
		this.passwordHash = unknowablePasswordHash;
		this.enabled = false;
		this.deletedAt = now;
	}

	public boolean deleted() {
		return this.deletedAt != null;
	}

	/** Blocks ({@code false}) or unblocks the account. */
	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	public Account toAccount() {
		return new Account(this.id, this.email, this.displayName, this.role, this.enabled, this.createdAt);
	}

	public AccountPrincipal toPrincipal() {
		return new AccountPrincipal(this.id, this.email, this.passwordHash, this.role, this.enabled);
	}

}
