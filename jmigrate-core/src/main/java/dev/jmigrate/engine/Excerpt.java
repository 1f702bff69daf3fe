package dev.jmigrate.engine;

/** Cuts a statement to a readable length for error messages, keeping the part around the error position. */
final class Excerpt {
    static final int LIMIT = 400;

    private Excerpt() {
    }

    /**
     * @param position 1-based character position of the error in the text, 0 when unknown
     */
    static String of(String text, int position) {
        String flat = text.strip();
        if (flat.length() <= LIMIT) {
            return flat;
        }
        int center = position > 0 && position <= flat.length() ? position - 1 : 0;
        int start = Math.max(0, Math.min(center - LIMIT / 2, flat.length() - LIMIT));
        int end = Math.min(flat.length(), start + LIMIT);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
