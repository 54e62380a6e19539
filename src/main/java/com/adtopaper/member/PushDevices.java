package com.adtopaper.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.adtopaper.member.MemberExceptions.InvalidDeviceToken;
import com.adtopaper.member.MemberExceptions.NoSuchDevice;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.internal.DeviceEntity;
import com.adtopaper.member.internal.DeviceRepository;
import com.adtopaper.member.internal.MemberRepository;
import com.adtopaper.member.internal.Sha256;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' push devices: the app registers and removes them, and notification asks for
 * the push targets of a range of members and retires the tokens APNs or FCM report
 * unregistered. Whether a member wants pushes at all is their profile's choice
 * ({@link Members#choosePush}).
 */
@Service
@Transactional
public class PushDevices {

	/** APNs device tokens are 32 bytes today, in hex; Apple may make them longer. */
	private static final Pattern APNS_TOKEN = Pattern.compile("[0-9a-fA-F]{64,200}");

	/**
	 * FCM registration tokens: URL-safe characters and colons, typically about 160 of
	 * them.
	 */
	private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:\\-]{20,4096}");

	private final MemberRepository members;

	private final DeviceRepository devices;

	private final Clock clock;

	private final JdbcClient jdbc;

	PushDevices(MemberRepository members, DeviceRepository devices, Clock clock, JdbcClient jdbc) {
		this.members = members;
		this.devices = devices;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Registers a push token for the member, or takes it over if another member had it.
	 */
	public Device registerDevice(long memberId, DevicePlatform platform, String token) {
		checkToken(platform, token);
		this.members.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
		String hash = Sha256.hex(token);
		var now = this.clock.instant();
		DeviceEntity device = this.devices.findByTokenHash(hash).orElse(null);
		if (device == null) {
			device = this.devices.save(new DeviceEntity(memberId, platform, token, hash, now));
		}
		else {
			device.registeredBy(memberId, platform, now);
		}
		return device.toDevice();
	}

	@Transactional(readOnly = true)
	public List<Device> devices(long memberId) {
		return this.devices.findByMemberIdOrderByIdAsc(memberId).stream().map(DeviceEntity::toDevice).toList();
	}

	/**
	 * @throws NoSuchDevice if the member has no device with this id
	 */
	public void removeDevice(long memberId, long deviceId) {
		this.devices
			.delete(this.devices.findByIdAndMemberId(deviceId, memberId).orElseThrow(() -> new NoSuchDevice(deviceId)));
	}

	/**
	 * The member's device as a push goes to it, if it may be pushed now: live, of an
	 * enabled account that has not opted out.
	 * @throws NoSuchDevice if the member has no device with this id
	 */
	@Transactional(readOnly = true)
	public Optional<PushTarget> pushTarget(long memberId, long deviceId) {
		this.devices.findByIdAndMemberId(deviceId, memberId).orElseThrow(() -> new NoSuchDevice(deviceId));
		return this.jdbc.sql("""
				select m.account_id, d.id, d.platform, d.token from members m
				join accounts a on a.id = m.account_id and a.enabled = true
				join member_devices d on d.member_id = m.account_id and d.active = true
				where m.push_opted_out = false and m.account_id = ? and d.id = ?""")
			.params(memberId, deviceId)
			.query((row, n) -> new PushTarget(row.getLong(1), row.getLong(2), DevicePlatform.valueOf(row.getString(3)),
					row.getString(4)))
			.optional();
	}

	/**
	 * The live devices of the members with ids in {@code [fromMemberId, toMemberId)} who
	 * may be pushed: enabled accounts that have not opted out. One query, for fan-outs.
	 */
	@Transactional(readOnly = true)
	public List<PushTarget> pushTargets(long fromMemberId, long toMemberId) {
		return this.jdbc.sql("""
				select m.account_id, d.id, d.platform, d.token from members m
				join accounts a on a.id = m.account_id and a.enabled = true
				join member_devices d on d.member_id = m.account_id and d.active = true
				where m.push_opted_out = false and m.account_id >= ? and m.account_id < ?
				order by m.account_id, d.id""")
			.params(fromMemberId, toMemberId)
			.query((row, n) -> new PushTarget(row.getLong(1), row.getLong(2), DevicePlatform.valueOf(row.getString(3)),
					row.getString(4)))
			.list();
	}

	/**
	 * {@link #pushTargets(long, long)} narrowed to a segment of members: a school, an
	 * admission year, or both (null for any).
	 */
	@Transactional(readOnly = true)
	public List<PushTarget> pushTargets(long fromMemberId, long toMemberId, @Nullable Long schoolId,
			@Nullable Integer admissionYear) {
		List<Object> params = new ArrayList<>(List.of(fromMemberId, toMemberId));
		return this.jdbc
			.sql("""
					select m.account_id, d.id, d.platform, d.token from members m
					join accounts a on a.id = m.account_id and a.enabled = true
					join member_devices d on d.member_id = m.account_id and d.active = true
					where m.push_opted_out = false and m.account_id >= ? and m.account_id < ?"""
					+ segment(schoolId, admissionYear, params) + " order by m.account_id, d.id")
			.params(params)
			.query((row, n) -> new PushTarget(row.getLong(1), row.getLong(2), DevicePlatform.valueOf(row.getString(3)),
					row.getString(4)))
			.list();
	}

	/**
	 * Who a message to a segment would reach: its members who may be pushed (enabled, not
	 * opted out, with a live device) and their live devices; and the members of the
	 * segment left out because they opted out.
	 *
	 * @param members members it reaches
	 * @param devices devices it reaches
	 * @param optedOut members of the segment who opted out
	 * @param fromMemberId the segment's lowest member id, or 0
	 * @param toMemberId one past its highest, or 0
	 */
	public record Audience(long members, long devices, long optedOut, long fromMemberId, long toMemberId) {
	}

	@Transactional(readOnly = true)
	public Audience audience(@Nullable Long schoolId, @Nullable Integer admissionYear) {
		List<Object> params = new ArrayList<>();
		return this.jdbc.sql("""
				select count(distinct case when m.push_opted_out = false then d.member_id end),
				       count(case when m.push_opted_out = false then d.id end),
				       count(distinct case when m.push_opted_out = true then m.account_id end),
				       coalesce(min(m.account_id), 0), coalesce(max(m.account_id) + 1, 0)
				from members m
				join accounts a on a.id = m.account_id and a.enabled = true
				left join member_devices d on d.member_id = m.account_id and d.active = true
				where 1 = 1""" + segment(schoolId, admissionYear, params))
			.params(params)
			.query((row, n) -> new Audience(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
					row.getLong(5)))
			.single();
	}

	private static String segment(@Nullable Long schoolId, @Nullable Integer admissionYear, List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (schoolId != null) {
			where.append(" and m.school_id = ?");
			params.add(schoolId);
		}
		if (admissionYear != null) {
			where.append(" and m.admission_year = ?");
			params.add(admissionYear);
		}
		return where.toString();
	}

	/** Push tokens that APNs or FCM reported unregistered: they get no more pushes. */
	public int deactivateDevices(Collection<String> tokens) {
		int deactivated = 0;
		for (String token : tokens) {
			deactivated += this.jdbc
				.sql("update member_devices set active = false where token_hash = ? and active = true")
				.param(Sha256.hex(token))
				.update();
		}
		return deactivated;
	}

	private static void checkToken(DevicePlatform platform, String token) {
		var pattern = (platform == DevicePlatform.APNS) ? APNS_TOKEN : FCM_TOKEN;
		if (!pattern.matcher(token).matches()) {
			throw new InvalidDeviceToken(platform);
		}
	}

}
