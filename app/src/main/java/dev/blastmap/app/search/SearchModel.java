package dev.blastmap.app.search;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.model.Service;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The find box: a query, its matches, and the command that selects and frames a match. */
public final class SearchModel {

    /** How many matches the list shows. */
    public static final int LIMIT = 200;

    private final SelectionModel selection;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Service> matches = FXCollections.observableArrayList();
    private ServiceSearch search;

    /** A search over whatever document is open. */
    public SearchModel(ObservableValue<GraphDocument> document, SelectionModel selection) {
        this.selection = selection;
        this.search = new ServiceSearch(document.getValue().graph());
        document.addListener((obs, was, now) -> {
            search = new ServiceSearch(now.graph());
            refresh();
        });
        query.addListener((obs, was, now) -> refresh());
    }

    /** The text typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The services matching it, best first. */
    public ObservableList<Service> matches() {
        return FXCollections.unmodifiableObservableList(matches);
    }

    /** Selects the match and frames it. */
    public void reveal(Service match) {
        selection.reveal(match.id());
    }

    /** Selects and frames the best match; false if there is none. */
    public boolean revealFirst() {
        if (matches.isEmpty()) {
            return false;
        }
        reveal(matches.get(0));
        return true;
    }

    private void refresh() {
        matches.setAll(search.find(query.get() == null ? "" : query.get(), LIMIT));
    }
}
