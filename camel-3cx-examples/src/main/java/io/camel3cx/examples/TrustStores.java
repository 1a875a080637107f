package io.camel3cx.examples;

import java.nio.file.Path;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** TLS settings that trust the certificates of one PKCS12 trust store, such as a simulator's self-signed one. */
final class TrustStores {

    private TrustStores() {
    }

    static SSLContextParameters trusting(Path trustStore, String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore.toAbsolutePath());
        store.setPassword(password);
        store.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(store);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        return tls;
    }
}
