package org.manabi.core.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that becomes the H2 or the PostgreSQL driver's own data source depending on
 * the URL it is given. The application server instantiates it from the data source definition and
 * calls the bean setters; the driver classes are looked up reflectively so that this module does
 * not depend on either driver at compile time.
 */
public class UrlSelectedDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    /** H2 and some pools spell the property in capitals. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getURL() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = createDelegate();
                }
                current = delegate;
            }
        }
        return current;
    }

    private DataSource createDelegate() throws SQLException {
        DatabaseKind kind = DatabaseKind.fromJdbcUrl(url).orElseThrow(() -> new SQLException(
                "Unsupported database URL '" + url + "': use jdbc:h2:… or jdbc:postgresql:…"));
        try {
            Class<?> type = Class.forName(kind.dataSourceClassName(), true, driverClassLoader());
            DataSource created = (DataSource) type.getDeclaredConstructor().newInstance();
            invokeSetter(created, "setURL", url);
            if (user != null) {
                invokeSetter(created, "setUser", user);
            }
            if (password != null) {
                invokeSetter(created, "setPassword", password);
            }
            if (loginTimeoutSeconds > 0) {
                created.setLoginTimeout(loginTimeoutSeconds);
            }
            return created;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The " + kind.displayName() + " driver is not available", e);
        }
    }

    private static ClassLoader driverClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : UrlSelectedDataSource.class.getClassLoader();
    }

    private static void invokeSetter(Object target, String name, String value) throws ReflectiveOperationException {
        try {
            target.getClass().getMethod(name, String.class).invoke(target, value);
        } catch (NoSuchMethodException e) {
            String lowerCamel = name.equals("setURL") ? "setUrl" : name;
            target.getClass().getMethod(lowerCamel, String.class).invoke(target, value);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
