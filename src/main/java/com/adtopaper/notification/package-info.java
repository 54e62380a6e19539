/**
 * Push notifications to members' devices: APNs (HTTP/2, token auth, with Pushy) and FCM
 * (HTTP v1), flow-controlled, retried on 429 and 5xx, and tokens the services report
 * unregistered switched off. The morning's fan-out listens to
 * {@link com.adtopaper.points.MorningPointsGranted}.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package com.adtopaper.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
