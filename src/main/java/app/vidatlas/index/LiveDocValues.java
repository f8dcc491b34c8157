package app.vidatlas.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;

/**
 * Walks one binary doc-value field over the live documents of an index. What the index keeps per note and per
 * result group is read this way when it opens: doc values are read as they are, where stored fields would
 * decompress each document's stored text too.
 */
final class LiveDocValues {
    /** Receives each live document that has the field: its index-wide id and its value (valid during the call). */
    @FunctionalInterface
    interface Visitor {
        void visit(int doc, BytesRef value) throws IOException;
    }

    private LiveDocValues() {
    }

    static void forEach(IndexReader reader, String field, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    visitor.visit(leaf.docBase + doc, values.binaryValue());
                }
            }
        }
    }
}
