package io.camel3cx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PbxBaseUrlTest {

    @Test
    void everySpellingOfOnePbxIsOneKey() {
        for (String spelling : new String[] { "https://pbx.example.com", "HTTPS://PBX.Example.com/",
                "https://pbx.example.com:443", " https://pbx.example.com:443// " }) {
            assertEquals("https://pbx.example.com", PbxBaseUrl.canonical(spelling), spelling);
        }
        assertEquals("http://127.0.0.1:5000", PbxBaseUrl.canonical("HTTP://127.0.0.1:5000/"));
        assertEquals("http://pbx", PbxBaseUrl.canonical("http://pbx:80"));
        assertEquals("http://pbx:443", PbxBaseUrl.canonical("http://pbx:443"));
        assertEquals("https://pbx/3cx", PbxBaseUrl.canonical("https://PBX/3cx/"));
    }

    @Test
    void credentialsAreRefusedWithoutShowingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PbxBaseUrl.canonical("https://admin:Pa55word@pbx"));
        assertFalse(e.getMessage().contains("Pa55word"), e.getMessage());
    }

    @Test
    void whatIsNotAnHttpRootIsRefused() {
        for (String bad : new String[] { "", "pbx.example.com", "ftp://pbx", "https://pbx?x=1", "https://pbx#f",
                "https://pbx:0" }) {
            assertThrows(IllegalArgumentException.class, () -> PbxBaseUrl.canonical(bad), bad);
        }
    }
}
