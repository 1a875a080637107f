package io.camel3cx.component;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.camel.RuntimeCamelException;

import io.camel3cx.http.PbxRequest;

/**
 * Every item of a collection, read lazily a page at a time ({@code pageSize} option): the next page is requested
 * only when the items before it have been taken, so a streaming splitter holds one page at most. Paging ends at a
 * page shorter than asked for (the PBX has no more), or when {@code top} items were delivered. Not thread-safe,
 * like any iterator a splitter walks.
 */
final class PagedItems implements Iterator<Object> {

    /** Reads one page: its items, or the failure the call gives (a 4xx/5xx, a transport fault). */
    @FunctionalInterface
    interface PageReader {
        List<?> read(PbxRequest page) throws Exception;
    }

    private final String operationKey;
    private final OperationBinding.Pages pages;
    private final int pageSize;
    private final PageReader reader;
    /** How many items may still be delivered in all: {@code top}, or unbounded. */
    private long remaining;
    private long nextOffset;
    private Iterator<?> current = Collections.emptyIterator();
    private boolean lastPageRead;

    PagedItems(String operationKey, OperationBinding.Pages pages, int pageSize, PageReader reader) {
        this.operationKey = operationKey;
        this.pages = pages;
        this.pageSize = pageSize;
        this.reader = reader;
        this.remaining = pages.top() == null ? Long.MAX_VALUE : pages.top();
        this.nextOffset = pages.skip() == null ? 0 : pages.skip();
    }

    /** The request of the next page; {@link #accept(List)} takes its items. */
    PbxRequest nextRequest() {
        return pages.page(nextOffset, Math.min(pageSize, remaining));
    }

    /** Takes the items of the page {@link #nextRequest()} asked for. */
    void accept(List<?> items) {
        long asked = Math.min(pageSize, remaining);
        nextOffset += items.size();
        // A page shorter than asked for is the last; so is a longer one, from a PBX that ignored $top (asking on
        // would repeat items or never end).
        lastPageRead = items.size() != asked || remaining - items.size() <= 0;
        current = items.iterator();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastPageRead && remaining > 0) {
            PbxRequest request = nextRequest();
            List<?> items;
            try {
                items = reader.read(request);
            } catch (Exception e) {
                lastPageRead = true;
                throw new RuntimeCamelException("3CX " + operationKey + ": reading the page at $skip=" + nextOffset
                        + " failed (the items before it were delivered): " + e.getMessage(), e);
            }
            accept(items == null ? List.of() : items);
        }
        return remaining > 0 && current.hasNext();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("3CX " + operationKey + ": no more items");
        }
        remaining--;
        return current.next();
    }
}
