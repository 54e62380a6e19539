package com.adtopaper.ads;

import java.time.Clock;
import java.util.List;

import com.adtopaper.ads.AdsExceptions.NotAnAdvertiser;
import com.adtopaper.ads.internal.AdvertiserEntity;
import com.adtopaper.ads.internal.AdvertiserRepository;
import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advertisers: a company signs up and waits for an operator's approval, or an operator
 * invites it (active at once). Either way it logs in with an ADVERTISER account. Called
 * by the operators' channel ({@code admin}: invite, approve, list).
 */
@Service
@Transactional
public class Advertisers {

	private final AdvertiserRepository advertisers;

	private final Accounts accounts;

	private final Clock clock;

	Advertisers(AdvertiserRepository advertisers, Accounts accounts, Clock clock) {
		this.advertisers = advertisers;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A company signs up; it can log in at once and create drafts, but nothing runs
	 * before approval.
	 */
	public Advertiser signUp(String email, String password, String company, String contactName, String contactPhone) {
		return create(email, password, company, contactName, contactPhone, AdvertiserEntity.PENDING);
	}

	/** An operator invites a company: active at once. */
	public Advertiser invite(String email, String password, String company, String contactName, String contactPhone) {
		return create(email, password, company, contactName, contactPhone, AdvertiserEntity.ACTIVE);
	}

	private Advertiser create(String email, String password, String company, String contactName, String contactPhone,
			String status) {
		Account account = this.accounts.create(email, password, company, Role.ADVERTISER);
		return this.advertisers
			.save(new AdvertiserEntity(account.id(), company.trim(), contactName.trim(), contactPhone.trim(), status,
					this.clock.instant()))
			.toAdvertiser();
	}

	public Advertiser approve(long advertiserId) {
		AdvertiserEntity advertiser = this.advertisers.findById(advertiserId).orElseThrow(NotAnAdvertiser::new);
		advertiser.approve();
		return advertiser.toAdvertiser();
	}

	@Transactional(readOnly = true)
	public Advertiser ofAccount(long accountId) {
		return this.advertisers.findByAccountId(accountId)
			.map(AdvertiserEntity::toAdvertiser)
			.orElseThrow(NotAnAdvertiser::new);
	}

	@Transactional(readOnly = true)
	public List<Advertiser> all() {
		return this.advertisers.findAll().stream().map(AdvertiserEntity::toAdvertiser).toList();
	}

}
