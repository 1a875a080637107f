package io.camel3cx.simulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made fresh at every start, with the
 * server's {@link SSLContext} and a PKCS12 trust store file that clients can load. Only the JDK's providers
 * are used; BouncyCastle merely builds the certificate.
 */
public final class TlsMaterial implements AutoCloseable {

    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final Path directory;
    private final Path trustStore;
    private final String trustStorePassword;
    private final X509Certificate certificate;

    private TlsMaterial(SSLContext serverContext, SSLContext clientContext, Path directory, Path trustStore,
            String trustStorePassword, X509Certificate certificate) {
        this.serverContext = serverContext;
        this.clientContext = clientContext;
        this.directory = directory;
        this.trustStore = trustStore;
        this.trustStorePassword = trustStorePassword;
        this.certificate = certificate;
    }

    public static TlsMaterial generate() {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256, random);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=localhost,O=camel-3cx XAPI simulator");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, random).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(825))), subject, keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));

            char[] keyPassword = randomPassword(random).toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("simulator", keys.getPrivate(), keyPassword, new Certificate[] {cert});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, keyPassword);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, random);

            String password = randomPassword(random);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("camel-3cx-simulator", cert);
            Path dir = Files.createTempDirectory("camel-3cx-simulator-tls");
            Path file = dir.resolve("simulator-truststore.p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                trust.store(out, password.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, tmf.getTrustManagers(), random);
            return new TlsMaterial(server, client, dir, file, password, cert);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the simulator's self-signed certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the simulator's trust store", e);
        }
    }

    private static String randomPassword(SecureRandom random) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public SSLContext serverContext() {
        return serverContext;
    }

    /** A client context that trusts exactly this certificate. */
    public SSLContext clientContext() {
        return clientContext;
    }

    public Path trustStore() {
        return trustStore;
    }

    public String trustStorePassword() {
        return trustStorePassword;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Deletes the trust store file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(trustStore);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // A leftover file in the temp folder is harmless; the next start makes a new one.
        }
    }

    /** Loopback, where the simulator listens. */
    public static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
