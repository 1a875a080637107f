package io.camel3cx.simulator.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camel3cx.simulator.RecordedRequest;

/** Keeps every request with its answered status, in the order the answers were given. */
public final class RequestRecorder {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public void record(RecordedRequest request) {
        requests.add(request);
    }

    /** A snapshot, safe to iterate while requests keep arriving. */
    public List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }
}
