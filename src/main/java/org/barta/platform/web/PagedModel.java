package org.barta.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table model over a service query: the page asks for one page of rows (with the table's
 * sort, if any) and the total count; rows are identified by a key. Filters live in the backing bean.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows: first row, page size, sort field (null for the default) and direction. */
    @FunctionalInterface
    public interface PageQuery<T> extends Serializable {
        List<T> load(int first, int size, String sortField, boolean ascending);
    }

    /** The number of rows matching the current filters. */
    @FunctionalInterface
    public interface CountQuery extends Serializable {
        long count();
    }

    /** A row's stable key. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final CountQuery counter;
    private final PageQuery<T> pages;
    private final RowKey<T> key;

    public PagedModel(CountQuery counter, PageQuery<T> pages, RowKey<T> key) {
        this.counter = counter;
        this.pages = pages;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return pages.load(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
