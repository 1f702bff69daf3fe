package dev.jmigrate.database.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.util.ConfigurableSocketFactory;

/**
 * Connects Connector/J to a Unix socket ({@code unix(/path)} in a go-sql-driver DSN) with the JDK's own Unix-domain
 * channels: Connector/J's {@code localSocket} needs the JNA library, which jmigrate does not ship. Connector/J loads
 * this class by name ({@code socketFactory}) and finds the path in the {@value #PATH_OPTION} option.
 *
 * <p>Socket options make no sense for a Unix socket and are ignored; so is {@code socketTimeout} (reads block).
 */
public final class MySqlUnixSocketFactory extends ConfigurableSocketFactory {
    /** The Connector/J property carrying the socket's path. */
    public static final String PATH_OPTION = "jmigrateUnixSocket";

    private String path;

    /** Created by Connector/J. */
    public MySqlUnixSocketFactory() {
        // configured by setConfiguration
    }

    @Override
    public void setConfiguration(Configuration conf, String host) {
        path = conf.nonMappedOptions().getProperty(PATH_OPTION);
    }

    @Override
    public Socket createSocket() throws IOException {
        if (path == null) {
            throw new IOException("no Unix socket path (" + PATH_OPTION + ") in the connection options");
        }
        return new UnixSocket(path);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket();
    }

    /** A connected Unix-domain socket dressed as a {@link Socket}, which is what Connector/J reads and writes. */
    private static final class UnixSocket extends Socket {
        private final SocketChannel channel;
        private final InputStream in;
        private final OutputStream out;

        UnixSocket(String path) throws IOException {
            super((SocketImpl) null);
            channel = SocketChannel.open(UnixDomainSocketAddress.of(path));
            in = Channels.newInputStream(channel);
            out = Channels.newOutputStream(channel);
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public boolean isConnected() {
            return channel.isConnected();
        }

        @Override
        public boolean isBound() {
            return true;
        }

        @Override
        public boolean isClosed() {
            return !channel.isOpen();
        }

        @Override
        public synchronized void close() throws IOException {
            channel.close();
        }

        @Override
        public void shutdownInput() throws IOException {
            channel.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) {
            // connected on creation
        }

        @Override
        public void connect(SocketAddress endpoint) {
            // connected on creation
        }

        @Override
        public void bind(SocketAddress bindpoint) {
            // a client Unix socket needs no local address
        }

        @Override
        public void setTcpNoDelay(boolean on) {
            // no TCP here
        }

        @Override
        public void setKeepAlive(boolean on) {
            // no TCP here
        }

        @Override
        public void setSoLinger(boolean on, int linger) {
            // closing a Unix socket never lingers
        }

        @Override
        public synchronized void setSoTimeout(int timeout) {
            // reads block; see the class comment
        }

        @Override
        public synchronized void setReceiveBufferSize(int size) {
            // the kernel's default
        }

        @Override
        public synchronized void setSendBufferSize(int size) {
            // the kernel's default
        }

        @Override
        public <T> Socket setOption(SocketOption<T> name, T value) {
            return this;
        }

        @Override
        public String toString() {
            return "UnixSocket[" + channel + "]";
        }
    }
}
