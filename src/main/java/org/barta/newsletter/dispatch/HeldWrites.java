package org.barta.newsletter.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A relay socket's output that can hold what is written to it and send it in one write: Angus Mail flushes every
 * SMTP command, so without this a pipelined envelope (MAIL, RCPT, DATA) would still leave as three segments and
 * wake the relay three times. Used by {@link PipeliningSmtpTransport}, guarded by {@code PipeliningSmtpTransportTest}.
 */
final class HeldWrites extends FilterOutputStream {

    private final ByteArrayOutputStream held = new ByteArrayOutputStream(256);
    private boolean holding;

    HeldWrites(OutputStream socketOutput) {
        super(socketOutput);
    }

    synchronized void hold() {
        holding = true;
    }

    /** Sends what was held, in one write. */
    synchronized void release() throws IOException {
        holding = false;
        try {
            if (held.size() > 0) {
                held.writeTo(out);
            }
        } finally {
            held.reset();
        }
        out.flush();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (holding) {
            held.write(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (holding) {
            held.write(b, off, len);
        } else {
            out.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!holding) {
            out.flush();
        }
    }
}
