package io.camel3cx.http;

import java.io.IOException;

/**
 * A call to the PBX that got no HTTP answer: the connection could not be made, was closed or reset, or a timeout
 * ran out. The message names the call, the PBX and, for a timeout, the option that set it; the cause is the HTTP
 * library's exception. The call was not repeated: one that changes something (POST, PATCH, PUT, DELETE) may or may
 * not have been carried out by the PBX, which only the route can decide how to find out.
 */
public class PbxTransportException extends IOException {

    private static final long serialVersionUID = 1L;

    public PbxTransportException(String message, IOException cause) {
        super(message, cause);
    }
}
