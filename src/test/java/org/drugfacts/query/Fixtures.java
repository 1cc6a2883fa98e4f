package org.drugfacts.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.drugfacts.reasoning.Reasoner;

/** The invented test knowledge graph, loaded into an in-memory TDB2 store configured as the real one is. */
public final class Fixtures {
    private Fixtures() {
    }

    /** An in-memory TDB2 dataset whose default graph is the union of its named graphs, holding fixture.trig. */
    public static DatasetGraph fixtureStore(boolean withDerivedGraph) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            RDFParser.source(Fixtures.class.getResource("/query/fixture.trig").toString()).lang(Lang.TRIG).parse(dsg);
            if (withDerivedGraph) {
                Reasoner.rederive(dsg);
            }
        });
        return dsg;
    }
}
