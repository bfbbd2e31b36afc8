package org.barta.content.web;

import java.io.Serializable;

/** The labels of a tag the editor adds from the item editor. */
public class NewTagForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String labelEn;
    private String labelBn;

    void clear() {
        labelEn = null;
        labelBn = null;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelBn() {
        return labelBn;
    }

    public void setLabelBn(String labelBn) {
        this.labelBn = labelBn;
    }
}
