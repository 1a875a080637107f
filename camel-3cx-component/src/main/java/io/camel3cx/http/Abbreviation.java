package io.camel3cx.http;

/**
 * Shortens text for messages and logs: a 200,000-character filter or error page must not become an exception
 * message of that size in every log line that shows it.
 */
public final class Abbreviation {

    /** What messages show of a request's path and query. */
    public static final int PATH = 1000;
    /** What messages show of a response body. */
    public static final int BODY = 300;

    private Abbreviation() {
    }

    /** {@code text} when it has at most {@code max} characters, else its start and how long it was. */
    public static String of(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "... (" + text.length() + " characters)";
    }
}
