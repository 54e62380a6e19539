package com.adtopaper.notification;

import com.adtopaper.member.PushDevices;
import com.adtopaper.notification.internal.TestPushSender;

import org.springframework.stereotype.Service;

/**
 * A test notification to one member's device, for an operator checking why a member gets
 * none: sent at once (not queued: the operator waits for the answer), through the same
 * gateways as every push, and what the push service answered is the result. A token the
 * service no longer knows is switched off, as with any push.
 */
@Service
public class TestPushes {

	/** What became of a test push. */
	public enum Result {

		/** The push service accepted it. */
		DELIVERED,
		/** The push service no longer knows the device: it is switched off. */
		UNREGISTERED,
		/** The push service refused it or did not answer. */
		FAILED,
		/**
		 * Nothing was sent: the device is switched off, the member opted out, or the
		 * account is blocked.
		 */
		NOT_PUSHABLE

	}

	private final PushDevices devices;

	private final TestPushSender sender;

	TestPushes(PushDevices devices, TestPushSender sender) {
		this.devices = devices;
		this.sender = sender;
	}

	/**
	 * Sends a test notification to the member's device.
	 * @throws com.adtopaper.member.MemberExceptions.NoSuchDevice if the member has no
	 * device with this id
	 */
	public Result send(long memberId, long deviceId) {
		return this.devices.pushTarget(memberId, deviceId).map(this.sender::send).orElse(Result.NOT_PUSHABLE);
	}

}
