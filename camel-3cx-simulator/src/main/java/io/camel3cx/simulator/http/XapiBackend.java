package io.camel3cx.simulator.http;

/** Answers an authorized, routed XAPI call: the simulated PBX behind the HTTP layer. */
@FunctionalInterface
public interface XapiBackend {

    /**
     * @throws io.camel3cx.simulator.odata.ODataErrorException for a call the PBX would refuse
     */
    XapiResponse handle(XapiRequest request);
}
