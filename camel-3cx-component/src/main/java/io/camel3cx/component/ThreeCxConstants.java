package io.camel3cx.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the component. Besides these, every operation option can be given per message in header
 * {@code CamelThreeCx.<option>} ({@code CamelThreeCx.id}, {@code CamelThreeCx.filter}, {@code CamelThreeCx.mac}),
 * which wins over the endpoint URI.
 */
public final class ThreeCxConstants {

    /** Prefix of the per-message operation option headers: {@code CamelThreeCx.<option>}. */
    public static final String OPTION_HEADER_PREFIX = "CamelThreeCx.";

    @Metadata(description = "The HTTP status code the PBX answered with.", javaType = "int")
    public static final String RESPONSE_CODE = "CamelThreeCx.ResponseCode";

    @Metadata(description = "The operation that was called, as resource/operation (users/getUser).",
              javaType = "String")
    public static final String OPERATION = "CamelThreeCx.Operation";

    @Metadata(description = "The XAPI release (or the label of a runtime-loaded description) the call was made for.",
              javaType = "String")
    public static final String API_VERSION = "CamelThreeCx.ApiVersion";

    @Metadata(description = "The total number of matching items (@odata.count) of a collection answer, when the"
                            + " PBX sent it (request it with count=true).",
              javaType = "Long")
    public static final String ODATA_COUNT = "CamelThreeCx.ODataCount";

    @Metadata(description = "The OData error code of a failed call (set when throwExceptionOnFailure=false).",
              javaType = "String")
    public static final String ERROR_CODE = "CamelThreeCx.ErrorCode";

    @Metadata(description = "The OData error message of a failed call (set when throwExceptionOnFailure=false).",
              javaType = "String")
    public static final String ERROR_MESSAGE = "CamelThreeCx.ErrorMessage";

    @Metadata(description = "The Retry-After header of a failed call (a 429 or 503), as the PBX sent it: seconds, or"
                            + " an HTTP date (set when throwExceptionOnFailure=false; ThreeCxException.getRetryAfter()"
                            + " otherwise).",
              javaType = "String")
    public static final String RETRY_AFTER = "CamelThreeCx.RetryAfter";

    private ThreeCxConstants() {
    }

    /** The header that carries operation option {@code option} for one message. */
    public static String optionHeader(String option) {
        return OPTION_HEADER_PREFIX + option;
    }
}
