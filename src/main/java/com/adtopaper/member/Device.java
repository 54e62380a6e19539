package com.adtopaper.member;

import java.time.Instant;

/**
 * A device a member receives push notifications on.
 *
 * @param id the id
 * @param platform APNs or FCM
 * @param token the token the push service gave the app
 * @param active false once the push service reported the token unregistered
 * @param registeredAt when the member registered it
 */
public record Device(long id, DevicePlatform platform, String token, boolean active, Instant registeredAt) {

}
