package com.adtopaper.member;

/** The push service a device token belongs to. */
public enum DevicePlatform {

	/** Apple Push Notification service. */
	APNS,
	/** Firebase Cloud Messaging. */
	FCM

}
