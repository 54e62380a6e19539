package com.adtopaper.points;

/**
 * A member's points.
 *
 * @param available points they can spend
 * @param held points put aside for print jobs that have not printed yet
 */
public record Balance(long available, long held) {

}
