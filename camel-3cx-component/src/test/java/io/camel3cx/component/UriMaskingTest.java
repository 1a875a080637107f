package io.camel3cx.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UriMaskingTest {

    @Test
    void masksTheValueOfEverySecretOptionInAnyCase() {
        assertEquals("threecx://users/getUser?CLIENTSECRET=xxxxxx&id=1&myPassword=xxxxxx&refreshToken=xxxxxx",
                UriMasking.mask("threecx://users/getUser?CLIENTSECRET=s1&id=1&myPassword=s2&refreshToken=s3"));
    }

    @Test
    void aRawValueEndsAtTheBracketBeforeTheNextOptionOrTheEnd() {
        assertEquals("threecx://users/getUser?clientSecret=xxxxxx&id=1",
                UriMasking.mask("threecx://users/getUser?clientSecret=RAW(a)b&c)&id=1"));
        assertEquals("threecx://users/getUser?id=1&clientSecret=xxxxxx",
                UriMasking.mask("threecx://users/getUser?id=1&clientSecret=RAW{a}b}"));
        assertEquals("threecx://users/getUser?filter=RAW(a)b)&clientSecret=xxxxxx",
                UriMasking.mask("threecx://users/getUser?filter=RAW(a)b)&clientSecret=s"));
    }

    @Test
    void leavesOtherOptionsAndOptionsWithoutValueAlone() {
        assertEquals("threecx://users/listUser?top=1&flag&x=", UriMasking.mask("threecx://users/listUser?top=1&flag&x="));
        assertEquals("threecx://users/listUser", UriMasking.mask("threecx://users/listUser"));
    }
}
