package dev.blastmap.layout;

/**
 * Character-class widths, in ems, measured from DejaVu Sans and Segoe UI and rounded up a little so that
 * labels fit in the boxes sized from them whichever of the common sans-serif fonts draws them.
 */
final class ApproximateTextMeasurer implements TextMeasurer {

    static final ApproximateTextMeasurer INSTANCE = new ApproximateTextMeasurer();

    private ApproximateTextMeasurer() {
    }

    @Override
    public double width(String text, double size, boolean bold) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += em(c);
            i += Character.charCount(c);
        }
        // DejaVu Sans Bold, the sans-serif Java2D draws with on Linux, is 11 to 13% wider than its regular face.
        return ems * size * (bold ? 1.13 : 1.0);
    }

    private static double em(int c) {
        if (c == ' ') {
            return 0.32;
        }
        if ("ijlI|!.,:;'`".indexOf(c) >= 0) {
            return 0.30;
        }
        if ("frt()[]{}/\\-\"".indexOf(c) >= 0) {
            return 0.40;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.92;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.70;
        }
        if (c >= '0' && c <= '9') {
            return 0.62;
        }
        if (c < 0x80) {
            return 0.58;
        }
        if (c == '…') {
            return 1.0; // the ellipsis that ends a cut label is a whole em in DejaVu Sans
        }
        // CJK and other wide scripts are about one em.
        return Character.isIdeographic(c) ? 1.0 : 0.62;
    }
}
