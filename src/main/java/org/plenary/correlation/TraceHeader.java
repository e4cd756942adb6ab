package org.plenary.correlation;

/**
 * {@code X-Plenary-Ref}: the meeting or action id each of Plenary's emails carries, so a reply can be traced
 * when a mail client drops In-Reply-To and References but keeps other headers of a forwarded or copied email.
 */
public final class TraceHeader {
    public static final String NAME = "X-Plenary-Ref";

    private TraceHeader() {
    }
}
