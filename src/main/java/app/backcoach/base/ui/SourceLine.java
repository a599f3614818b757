package app.backcoach.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;

/** Where a piece of advice comes from: the source named in words, with a link where there is one. */
public class SourceLine extends Paragraph {

    public SourceLine(String sourceKey, String url) {
        addClassName("source");
        setText(getTranslation("detail.source") + " " + getTranslation(sourceKey) + " ");
        if (url != null) {
            add(new Anchor(url, url, AnchorTarget.BLANK));
        }
    }
}
