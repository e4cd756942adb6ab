package org.plenary.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on a loopback port that keeps what it was told: every connection, every envelope and every
 * message. It can refuse recipients (550) and drop a connection, silently, after every {@code dropAfter} messages on
 * it, as a server restart or a per-connection limit would. Only what the SMTP tests need; thread-safe.
 */
public final class SmtpSink implements AutoCloseable {
    /** A message the sink accepted: the connection it came on (1, 2, …), its envelope and its data. */
    public record Received(int connection, String sender, List<String> recipients, String data) {
    }

    private final ServerSocket server;
    private final Set<String> refused;
    private final int dropAfter;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> recipientsTried = new CopyOnWriteArrayList<>();

    /**
     * @param refused recipients answered with 550
     * @param dropAfter messages after which a connection is closed without a word (0: never)
     */
    public SmtpSink(Set<String> refused, int dropAfter) throws IOException {
        this.refused = refused;
        this.dropAfter = dropAfter;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "smtp-sink-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public SmtpSink() throws IOException {
        this(Set.of(), 0);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** Connections still open. */
    public int openConnections() {
        return open.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Every RCPT TO address, accepted or refused, in order. */
    public List<String> recipientsTried() {
        return List.copyOf(recipientsTried);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int number = connections.incrementAndGet();
                open.incrementAndGet();
                Thread session = new Thread(() -> converse(client, number), "smtp-sink-session-" + number);
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client, int number) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink ready");
            String sender = null;
            List<String> recipients = new ArrayList<>();
            int messages = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 sink");
                } else if (command.startsWith("MAIL FROM:")) {
                    sender = address(line);
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO:")) {
                    String recipient = address(line);
                    recipientsTried.add(recipient);
                    if (refused.contains(recipient)) {
                        reply(out, "550 5.1.1 no such mailbox");
                    } else {
                        recipients.add(recipient);
                        reply(out, "250 OK");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 end with a dot");
                    received.add(new Received(number, sender, List.copyOf(recipients), data(in)));
                    reply(out, "250 OK");
                    messages++;
                    if (dropAfter > 0 && messages % dropAfter == 0) {
                        return;
                    }
                } else if (command.equals("RSET") || command.equals("NOOP")) {
                    sender = null;
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "500 unknown command");
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            open.decrementAndGet();
        }
    }

    private static String data(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private static String address(String line) {
        int start = line.indexOf('<');
        int end = line.indexOf('>', start);
        return line.substring(start + 1, end);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
