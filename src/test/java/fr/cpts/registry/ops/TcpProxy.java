package fr.cpts.registry.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy to PostgreSQL that a test can cut (connections dropped, new ones refused) and restore, by sending
 * "cut" or "restore" on its control port: a test class loaded by several class loaders reaches the one proxy.
 */
final class TcpProxy {

    private final ServerSocket server;
    private final ServerSocket control;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        this.control = new ServerSocket();
        control.bind(new InetSocketAddress("127.0.0.1", 0));
        daemon(this::accept, "tcp-proxy");
        daemon(this::listen, "tcp-proxy-control");
    }

    int controlPort() {
        return control.getLocalPort();
    }

    /** Sends a command ("cut" or "restore") to the proxy listening on a control port, and waits for it. */
    static void command(int controlPort, String command) {
        try (Socket socket = new Socket("127.0.0.1", controlPort)) {
            socket.getOutputStream().write((command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void listen() {
        while (!control.isClosed()) {
            try (Socket socket = control.accept()) {
                String command = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                if ("cut".equals(command)) {
                    cut();
                } else if ("restore".equals(command)) {
                    restore();
                }
                socket.getOutputStream().write('.');
            } catch (IOException e) {
                // the control socket closed
            }
        }
    }

    private static void daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops every connection and refuses new ones, as a database that went away. */
    private void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private void restore() {
        cut = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // the server socket closed, or the target refused: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // dropped
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
