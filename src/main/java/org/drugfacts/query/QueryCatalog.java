package org.drugfacts.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drugfacts.shipped.ShippedFiles;

/** The questions shipped in {@code queries/*.rq} on the classpath, read and parsed once per JVM. */
public final class QueryCatalog {
    private final Map<String, NamedQuery> byName;
    private final List<String> names;

    public QueryCatalog(Collection<NamedQuery> queries) {
        Map<String, NamedQuery> map = new LinkedHashMap<>();
        for (NamedQuery query : queries) {
            if (map.putIfAbsent(query.name(), query) != null) {
                throw new QueryException("two questions are named '" + query.name() + "'");
            }
        }
        this.byName = Map.copyOf(map);
        this.names = List.copyOf(map.keySet());
    }

    public static QueryCatalog shipped() {
        return Shipped.CATALOG;
    }

    public NamedQuery get(String name) {
        NamedQuery query = byName.get(name);
        if (query == null) {
            throw new QueryException("no question named '" + name + "'; the questions are: " + String.join(", ", names));
        }
        return query;
    }

    /** Every question, in file-name order. */
    public List<NamedQuery> all() {
        return names.stream().map(byName::get).toList();
    }

    private static final class Shipped {
        static final QueryCatalog CATALOG = new QueryCatalog(ShippedFiles.list("queries", ".rq").stream()
                .map(file -> NamedQuery.parse(file.baseName(".rq"), file.text())).toList());
    }
}
