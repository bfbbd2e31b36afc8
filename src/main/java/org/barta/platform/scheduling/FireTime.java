package org.barta.platform.scheduling;

import java.time.Instant;
import java.util.Date;

/**
 * When a one-shot trigger fires: at its time, or now if that time has passed. Quartz's regular scan takes only
 * triggers due since its misfire threshold (60 s); an older one waits for the misfire handler, which looks about
 * once a minute. A send a second editor approved some minutes after the first proposed "now" would go out up to a
 * minute late (ExtraEditionsIT guards it).
 */
public final class FireTime {

    private FireTime() {
    }

    public static Date notBefore(Instant at, Instant now) {
        return Date.from(at.isBefore(now) ? now : at);
    }
}
