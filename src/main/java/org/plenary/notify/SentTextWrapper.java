package org.plenary.notify;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's wrapper with one change: every string a template reads from its model (names, titles, reasons,
 * quoted lines) loses its {@link DirectionControls}. Templates reach every value through the wrapper, record
 * accessors and list elements included, so this is the one place that covers every email's subject, text and HTML.
 */
final class SentTextWrapper extends DefaultObjectWrapper {
    SentTextWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return super.wrap(value instanceof String text ? DirectionControls.removedFrom(text) : value);
    }
}
