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
 * page shorter than asked for that announces no more ({@code @odata.nextLink}), or when {@code top} items were
 * delivered. Not thread-safe, like any iterator a splitter walks.
 * <p>
 * A page that cannot be read is not thrown from {@link #hasNext()}: a splitter asks {@code hasNext()} ahead of
 * handling the item it just took, and that item must still be handled. {@code hasNext()} answers true and
 * {@link #next()} throws the failure, then again on every later call: a failed collection never looks complete.
 */
final class PagedItems implements Iterator<Object> {

    /** One page as read: its items, and whether the PBX announced more with {@code @odata.nextLink}. */
    record Page(List<?> items, boolean nextLink) {
    }

    /** Reads one page: its items, or the failure the call gives (a 4xx/5xx, a transport fault, no collection). */
    @FunctionalInterface
    interface PageReader {
        Page read(PbxRequest page) throws Exception;
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
    private RuntimeCamelException failure;

    PagedItems(String operationKey, OperationBinding.Pages pages, int pageSize, PageReader reader) {
        this.operationKey = operationKey;
        this.pages = pages;
        this.pageSize = pageSize;
        this.reader = reader;
        this.remaining = pages.top() == null ? Long.MAX_VALUE : pages.top();
        this.nextOffset = pages.skip() == null ? 0 : pages.skip();
    }

    /** The request of the next page; {@link #accept(Page)} takes its items. */
    PbxRequest nextRequest() {
        return pages.page(nextOffset, asked());
    }

    private long asked() {
        return Math.min(pageSize, remaining);
    }

    /** Takes the items of the page {@link #nextRequest()} asked for. */
    void accept(Page page) {
        List<?> items = page.items();
        long asked = asked();
        nextOffset += items.size();
        // A short page is the last unless the PBX says more follow (a server cap below pageSize); a page longer
        // than asked for is the last too, from a PBX that ignored $top (asking on would repeat items or never end).
        boolean shortPage = items.size() < asked && !(page.nextLink() && !items.isEmpty());
        lastPageRead = shortPage || items.size() > asked || remaining - items.size() <= 0;
        current = items.iterator();
    }

    @Override
    public boolean hasNext() {
        while (failure == null && !current.hasNext() && !lastPageRead && remaining > 0) {
            long offset = nextOffset;
            try {
                accept(reader.read(nextRequest()));
            } catch (Exception e) {
                failure = new RuntimeCamelException("3CX " + operationKey + ": reading the page at $skip=" + offset
                        + " failed (the items before it were delivered): " + e.getMessage(), e);
            }
        }
        return failure != null || remaining > 0 && current.hasNext();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("3CX " + operationKey + ": no more items");
        }
        if (failure != null) {
            throw failure;
        }
        remaining--;
        return current.next();
    }
}
