package org.barta.newsletter.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with TCP_NODELAY for the relay connections, through Jakarta Mail's {@code mail.smtp.socketFactory}.
 * Jakarta Mail leaves Nagle's algorithm on, so the last small write of each message waits for the relay's delayed
 * acknowledgement, whatever the relay's speed ({@code bench/README.md}). The factory remembers the socket it made
 * last, so that a send stuck writing to a relay that stopped reading can be aborted from another thread. That
 * abort is guarded by {@code RelayConnectionTest}; TCP_NODELAY itself only by {@code bench/newsletter.sh}'s rate.
 * Its output can hold writes ({@link HeldWrites}) for a pipelined envelope.
 */
public final class NoDelaySocketFactory extends SocketFactory {

    private volatile RelaySocket last;

    @Override
    public Socket createSocket() throws IOException {
        RelaySocket socket = new RelaySocket();
        socket.setTcpNoDelay(true);
        last = socket;
        return socket;
    }

    /** The output of the socket made last; null before the transport has asked for it. */
    HeldWrites lastOutput() {
        RelaySocket socket = last;
        return socket == null ? null : socket.output;
    }

    /** Closes the socket made last: a write blocked on it fails at once. */
    void closeLast() {
        Socket socket = last;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all that was wanted; a socket that fails to close is no longer usable either.
            }
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address);
        return socket;
    }

    private static final class RelaySocket extends Socket {

        private volatile HeldWrites output;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            OutputStream raw = super.getOutputStream();
            if (output == null) {
                output = new HeldWrites(raw);
            }
            return output;
        }
    }
}
