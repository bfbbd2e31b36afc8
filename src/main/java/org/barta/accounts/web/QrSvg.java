package org.barta.accounts.web;

import io.nayuki.qrcodegen.QrCode;

/** A QR code drawn as inline SVG on the server, so the enrolment secret never leaves the page. */
final class QrSvg {

    private static final int BORDER = 4;

    private QrSvg() {
    }

    static String of(String text, String title) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" width=\"240\" height=\"240\""
                + " viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\"><title>"
                + escape(title) + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
