package org.kogge.common.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** The facts of a page (when, where, who) as a description list; a fact without a value is left out. */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("kogge-facts");
    }

    /** Adds the fact under the label's bundle key, unless the value is empty. */
    public FactList fact(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(getTranslation(labelKey)), new Description(value));
        }
        return this;
    }
}
