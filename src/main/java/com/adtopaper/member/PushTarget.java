package com.adtopaper.member;

/**
 * A live device of a member who has not opted out of push.
 *
 * @param memberId the member
 * @param deviceId the device
 * @param platform APNs or FCM
 * @param token the push token
 */
public record PushTarget(long memberId, long deviceId, DevicePlatform platform, String token) {

}
