package io.camel3cx.builder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.camel3cx.auth.ExpiresInUnit;
import org.junit.jupiter.api.Test;

import static io.camel3cx.builder.ThreeCxEndpoints.threecx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed builder writes the URI one would write by hand: same names, sorted options, values encoded. */
class EndpointBuilderUriTest {

    private record Case(AbstractThreeCxEndpointBuilder builder, String uri) {
    }

    @Test
    void buildsTheUriOfEachOperation() {
        OffsetDateTime may1 = OffsetDateTime.of(2024, 5, 1, 8, 30, 0, 0, ZoneOffset.UTC);
        List<Case> table = List.of(
                new Case(threecx().users().reprovisionPhone().mac("001122AABBCC"),
                        "threecx:users/reprovisionPhone?mac=001122AABBCC"),
                new Case(threecx().users().getPhoneRegistrar().mac("00:11:22:aa:bb:cc"),
                        "threecx:users/getPhoneRegistrar?mac=00:11:22:aa:bb:cc"),
                new Case(threecx().users().getUser().id(42).select("Id", "Number").expand("Groups"),
                        "threecx:users/getUser?expand=Groups&id=42&select=Id,Number"),
                new Case(threecx().users().listUser().top(10L).skip(20).count(true).orderBy(List.of("Number desc"))
                                .filter("Number eq '100'").search("Ann Lee"),
                        "threecx:users/listUser?count=true&filter=Number%20eq%20'100'&orderBy=Number%20desc"
                                + "&search=Ann%20Lee&skip=20&top=10"),
                new Case(threecx().users().deleteUser().id(7).ifMatch("W/\"abc\""),
                        "threecx:users/deleteUser?id=7&ifMatch=W/%22abc%22"),
                new Case(threecx().users().deleteUser().id(2.50),
                        "threecx:users/deleteUser?id=2.5"),
                new Case(threecx().users().listUser().filter("startswith(FirstName,'Zoë')"),
                        "threecx:users/listUser?filter=startswith%28FirstName,'Zo%C3%AB'%29"),
                new Case(threecx().activityLog().getLogs().startDate(may1).endDate(may1.plusDays(1)).extension("100"),
                        "threecx:activityLog/getLogs?endDate=2024-05-02T08:30:00Z&extension=100"
                                + "&startDate=2024-05-01T08:30:00Z"),
                new Case(threecx().users().listUser().baseUrl("https://pbx.example.com").clientId("routes")
                                .tokenExpiresInUnit(ExpiresInUnit.SECONDS).connectTimeout(5000).raw(true)
                                .apiVersion("20.0.7"),
                        "threecx:users/listUser?apiVersion=20.0.7&baseUrl=https://pbx.example.com&clientId=routes"
                                + "&connectTimeout=5000&raw=true&tokenExpiresInUnit=SECONDS"),
                new Case(threecx("pbx2").users().listUser(), "pbx2:users/listUser"),
                new Case(threecx().users().getUser().id("{{user.id}}").clientSecret("{{pbx.secret}}"),
                        "threecx:users/getUser?clientSecret={{pbx.secret}}&id={{user.id}}"),
                new Case(threecx().users().getUser().id("${header.userId}"),
                        "threecx:users/getUser?id=${header.userId}"),
                new Case(threecx().users().listUser().filter("Number eq '+4930'"),
                        "threecx:users/listUser?filter=RAW(Number eq '+4930')"),
                new Case(threecx().users().listUser().filter("a)&b"),
                        "threecx:users/listUser?filter=RAW{a)&b}"));
        for (Case c : table) {
            assertEquals(c.uri(), c.builder().uri());
            assertEquals(c.uri(), c.builder().getRawUri());
        }
    }

    @Test
    void typedValuesAreWrittenAsTheComponentParsesThem() {
        assertEquals("threecx:users/deleteUser?id=1000000", threecx().users().deleteUser().id(1e6).uri());
        assertEquals("threecx:users/getUser?id=0", threecx().users().getUser().id(0).uri());
        assertThrows(IllegalArgumentException.class, () -> threecx().users().deleteUser().id(Double.NaN));
        // a UUID key and a decimal are written plainly
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("123e4567-e89b-12d3-a456-426614174000", AbstractThreeCxEndpointBuilder.asText(u));
        assertEquals("10.50", AbstractThreeCxEndpointBuilder.asText(new BigDecimal("10.50")));
        assertEquals("2024-05-01", AbstractThreeCxEndpointBuilder.asText(LocalDate.of(2024, 5, 1)));
    }

    @Test
    void toStringMasksSecretsButTheUriKeepsThem() {
        ThreeCxEndpointBuilder<?> b = threecx().users().listUser().clientId("routes").clientSecret("s3cr3t+x");
        assertEquals("threecx:users/listUser?clientId=routes&clientSecret=xxxxxx", b.toString());
        assertFalse(b.toString().contains("s3cr3t"));
        assertTrue(b.uri().contains("clientSecret=RAW(s3cr3t+x)"), b.uri());
    }

    @Test
    void nullLeavesAnOptionUnsetAndTheLastValueWins() {
        assertEquals("threecx:users/listUser?top=5", threecx().users().listUser().top(5).filter("x").filter(null)
                .uri());
        assertEquals("threecx:users/listUser?top=6", threecx().users().listUser().top(5).top(6).uri());
    }

    @Test
    void listElementsCannotHoldTheSeparator() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> threecx().users().listUser().select("Id", "First,Last"));
        assertTrue(e.getMessage().contains("'select'") && e.getMessage().contains("First,Last"), e.getMessage());
        assertThrows(NullPointerException.class, () -> threecx().users().listUser().select("Id", null));
    }

    @Test
    void aValueNoUriFormKeepsNamesTheHeaderToUseInstead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> threecx().users().listUser().filter("a)&b}&c").uri());
        assertTrue(e.getMessage().contains("CamelThreeCx.filter"), e.getMessage());
    }

    @Test
    void componentNamesAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> threecx("pbx 2"));
        assertTrue(e.getMessage().contains("'pbx 2'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> threecx(null));
    }
}
