/**
 * Push notifications to members' devices: APNs (HTTP/2, token auth, with Pushy) and FCM
 * (HTTP v1), flow-controlled, retried on 429 and 5xx, and tokens the services report
 * unregistered switched off. The morning's fan-out listens to
 * {@link com.adtopaper.points.MorningPointsGranted}.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member: push targets (devices) and opt-outs</li>
 * <li>points: the morning push follows MorningPointsGranted</li>
 * <li>printing: a member is told when a job ends (JobFinished)</li>
 * <li>jobqueue: pushes are sent as jobs</li>
 * </ul>
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "member", "points", "printing", "jobqueue" })
@NullMarked
package com.adtopaper.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
