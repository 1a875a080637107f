package io.camel3cx.examples.onboarding;

import java.util.stream.Collectors;

import io.camel3cx.component.ThreeCxException;
import io.camel3cx.http.ODataError;

/**
 * The PBX's own reason for refusing a call, in the few words a report line has room for.
 * <p>
 * 3CX puts the machine-readable reason of a validation failure in the details of its OData error:
 * {@code {"code":"","message":"WARNINGS.XAPI.ALREADY_IN_USE","target":"EmailAddress"}} becomes
 * {@code WARNINGS.XAPI.ALREADY_IN_USE (EmailAddress)}. Without details the error code or message is used, and
 * without an OData error at all the HTTP status.
 */
public final class PbxReason {

    private PbxReason() {
    }

    public static String of(ThreeCxException e) {
        if (!e.getDetails().isEmpty()) {
            return e.getDetails().stream().map(PbxReason::detail).collect(Collectors.joining("; "));
        }
        String code = blankToNull(e.getErrorCode());
        String message = blankToNull(e.getErrorMessage());
        if (code != null && message != null) {
            return code + ": " + oneLine(message);
        }
        if (code != null || message != null) {
            return oneLine(code != null ? code : message);
        }
        return "HTTP " + e.getStatusCode() + " from " + e.getMethod() + " " + e.getPath();
    }

    private static String detail(ODataError.Detail d) {
        String what = blankToNull(d.code()) != null ? d.code() : oneLine(String.valueOf(d.message()));
        return blankToNull(d.target()) == null ? what : what + " (" + d.target() + ")";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
