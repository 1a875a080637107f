package io.camel3cx.examples.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

import io.camel3cx.component.ThreeCxException;
import io.camel3cx.http.ODataLiteral;

/**
 * What the onboarding route needs between its XAPI calls: the filters and request bodies it sends, and what it
 * makes of the answers. Kept apart from the route so that the route reads as the sequence of calls it makes.
 * <p>
 * The route keeps its state in exchange properties, named by the constants here.
 */
public class OnboardingSteps {

    /** The {@link NewHire} of the row. */
    public static final String HIRE = "onboardingHire";
    /** The step the row is at, for the report when it fails there. */
    public static final String STEP = "onboardingStep";
    /** The id of the department group. */
    public static final String GROUP_ID = "onboardingGroupId";
    /** The user as the PBX knows it (with Phones and Groups), when it existed before this run. */
    public static final String EXISTING_USER = "onboardingExistingUser";
    /** The id of the user. */
    public static final String USER_ID = "onboardingUserId";
    /** What was changed on an existing user ({@code List<String>}). */
    public static final String CHANGES = "onboardingChanges";

    /** The role a new hire gets in the department group; 3CX's ordinary member role. */
    static final String MEMBER_ROLE = "users";

    /** Fails the row before any call when a column is blank. */
    public void requireComplete(@ExchangeProperty(HIRE) NewHire hire) throws RowRejectedException {
        List<String> blank = hire.blankColumns();
        if (!blank.isEmpty()) {
            throw new RowRejectedException("the row leaves " + String.join(", ", blank) + " blank");
        }
    }

    /** {@code Name eq 'Sales'}: the department group, by its exact name. */
    public String groupFilter(@ExchangeProperty(HIRE) NewHire hire) {
        return "Name eq " + ODataLiteral.quote(hire.department());
    }

    /** The id of the one group the look-up found, or the row's failure when there is none. */
    public Object groupId(@ExchangeProperty(HIRE) NewHire hire, List<Map<String, Object>> groups)
            throws RowRejectedException {
        if (groups == null || groups.isEmpty()) {
            throw new RowRejectedException("the PBX has no group named " + ODataLiteral.quote(hire.department()));
        }
        return groups.get(0).get("Id");
    }

    /**
     * {@code EmailAddress eq 'a@example.com' and Number eq '201'}: this very hire. Both must match, so a row whose
     * email or extension belongs to someone else is not mistaken for an earlier run's work: it goes on to
     * {@code createUser}, where the PBX refuses it with its own reason.
     */
    public String userFilter(@ExchangeProperty(HIRE) NewHire hire) {
        return "EmailAddress eq " + ODataLiteral.quote(hire.email()) + " and Number eq "
                + ODataLiteral.quote(hire.extension());
    }

    /** The user the look-up found, or null when the hire is new to the PBX. */
    public Map<String, Object> existingUser(List<Map<String, Object>> users) {
        return users == null || users.isEmpty() ? null : users.get(0);
    }

    /** The desk phone's MAC address as 3CX writes it. */
    public String mac(@ExchangeProperty(HIRE) NewHire hire) {
        return hire.mac();
    }

    /** The {@code createUser} body: the person and the extension; phone and group follow as updates. */
    public Map<String, Object> newUser(@ExchangeProperty(HIRE) NewHire hire) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("FirstName", hire.firstName());
        user.put("LastName", hire.lastName());
        user.put("EmailAddress", hire.email());
        user.put("Number", hire.extension());
        return user;
    }

    /** The id in a {@code createUser} answer or an existing user. */
    public Object userId(Map<String, Object> user) {
        return Objects.requireNonNull(user.get("Id"), "the PBX answered a user without Id");
    }

    /** Whether the existing user lacks the hire's desk phone (always true for a new user). */
    public boolean lacksPhone(@ExchangeProperty(HIRE) NewHire hire,
            @ExchangeProperty(EXISTING_USER) Map<String, Object> existing) {
        return existing == null || list(existing, "Phones").stream()
                .noneMatch(p -> hire.mac().equalsIgnoreCase(String.valueOf(p.get("MacAddress"))));
    }

    /** Whether the existing user is not yet in the department group (always true for a new user). */
    public boolean lacksGroup(@ExchangeProperty(GROUP_ID) Object groupId,
            @ExchangeProperty(EXISTING_USER) Map<String, Object> existing) {
        return existing == null || list(existing, "Groups").stream()
                .noneMatch(g -> String.valueOf(groupId).equals(String.valueOf(g.get("GroupId"))));
    }

    /**
     * The {@code updateUser} body that adds the desk phone. {@code Phones} is replaced as a whole by a PATCH, so the
     * phones the user already has are sent along.
     */
    public Map<String, Object> withPhone(@ExchangeProperty(HIRE) NewHire hire,
            @ExchangeProperty(EXISTING_USER) Map<String, Object> existing) {
        List<Map<String, Object>> phones = new ArrayList<>();
        for (Map<String, Object> phone : existing == null ? List.<Map<String, Object>>of() : list(existing, "Phones")) {
            phones.add(Map.of("MacAddress", phone.get("MacAddress")));
        }
        phones.add(Map.of("MacAddress", hire.mac()));
        return Map.of("Phones", phones);
    }

    /** The {@code updateUser} body that adds the group membership, keeping the memberships the user has. */
    public Map<String, Object> withGroup(@ExchangeProperty(GROUP_ID) Object groupId,
            @ExchangeProperty(EXISTING_USER) Map<String, Object> existing) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map<String, Object> group : existing == null ? List.<Map<String, Object>>of() : list(existing, "Groups")) {
            groups.add(membership(group.get("GroupId"), roleOf(group)));
        }
        groups.add(membership(groupId, MEMBER_ROLE));
        return Map.of("Groups", groups);
    }

    /** Notes a change made to an existing user, for the report. */
    public void changed(Exchange exchange, String what) {
        @SuppressWarnings("unchecked")
        List<String> changes = exchange.getProperty(CHANGES, List.class);
        if (changes == null) {
            changes = new ArrayList<>();
            exchange.setProperty(CHANGES, changes);
        }
        changes.add(what);
    }

    /** The outcome of a row whose user this run created. */
    public OnboardingOutcome created(@ExchangeProperty(HIRE) NewHire hire, @ExchangeProperty(USER_ID) Object userId) {
        return OnboardingOutcome.of(hire, OnboardingStatus.CREATED, "user " + userId + ", phone " + hire.mac()
                + ", group " + hire.department() + ", phone reprovisioned, welcome email sent");
    }

    /** The outcome of a row whose user existed: updated when something was added, unchanged otherwise. */
    public OnboardingOutcome completed(@ExchangeProperty(HIRE) NewHire hire, @ExchangeProperty(USER_ID) Object userId,
            @ExchangeProperty(CHANGES) List<String> changes) {
        if (changes == null || changes.isEmpty()) {
            return OnboardingOutcome.of(hire, OnboardingStatus.UNCHANGED,
                    "user " + userId + " exists with this phone and group");
        }
        return OnboardingOutcome.of(hire, OnboardingStatus.UPDATED,
                "user " + userId + " existed; " + String.join(", ", changes));
    }

    /** The outcome of a row that failed: the step, and the PBX's reason when the PBX refused. */
    public OnboardingOutcome failed(@ExchangeProperty(HIRE) NewHire hire, @ExchangeProperty(STEP) String step,
            @ExchangeProperty(USER_ID) Object userId, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        String reason = cause instanceof ThreeCxException pbx ? PbxReason.of(pbx) : cause.getMessage();
        // A row can fail after its user exists (a malformed MAC is only refused when the phone is attached):
        // say so, since the user is then on the PBX and a corrected re-run completes it.
        String user = userId == null ? "" : " (user " + userId + " exists)";
        return OnboardingOutcome.of(hire, OnboardingStatus.FAILED, step + ": " + reason + user);
    }

    private static Map<String, Object> membership(Object groupId, String role) {
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("GroupId", groupId);
        membership.put("Rights", Map.of("RoleName", role));
        return membership;
    }

    @SuppressWarnings("unchecked")
    private static String roleOf(Map<String, Object> group) {
        Object rights = group.get("Rights");
        Object role = rights instanceof Map<?, ?> r ? ((Map<String, Object>) r).get("RoleName") : null;
        return role == null ? MEMBER_ROLE : role.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> entity, String property) {
        Object value = entity.get(property);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
