package org.plenary.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder that a test can cut and restore: while it is down, connections are refused and the
 * open ones are reset, exactly what Plenary sees when a mail server or database goes away. Used instead of
 * stopping GreenMail or PostgreSQL themselves, which would lose their contents or other tests' schemas.
 */
final class TcpProxy implements AutoCloseable {
    private final int port;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    TcpProxy(int target) {
        this.port = PlenaryProcess.freePort();
        this.target = target;
    }

    int port() {
        return port;
    }

    synchronized TcpProxy up() throws IOException {
        if (server != null) {
            return this;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    /** The outage: no new connections, and every open one is cut. */
    synchronized void down() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                // the proxy went down, or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        down();
    }
}
