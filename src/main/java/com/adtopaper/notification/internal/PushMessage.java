package com.adtopaper.notification.internal;

/**
 * What a push says.
 *
 * @param title its title
 * @param body its text
 * @param kind a short word the app uses to react to it ({@code morning-points}, ...)
 */
record PushMessage(String title, String body, String kind) {

}
