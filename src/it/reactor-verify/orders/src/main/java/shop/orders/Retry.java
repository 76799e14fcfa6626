package shop.orders;

/** Retries calls to the payment service. */
public class Retry {
    // ADR-002: retry twice, then give up
    static final int TIMES = 2;
    // the back-off follows ADR-0009
    static final long BACKOFF_MS = 200;
    // not citations: HADR-1, ADRIAN, ADR_TIMEOUT, https://jira.example.com/browse/ADR-12
    // see docs/adr/0003-retry-three-times.md for the next change
}
