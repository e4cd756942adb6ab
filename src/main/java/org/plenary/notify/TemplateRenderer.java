package org.plenary.notify;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an email's subject, text and HTML from the templates of one id with the same model.
 *
 * <p>Templates are looked up in the override folder ({@code PLENARY_TEMPLATES}) first, file by
 * file, then in {@code $plenary.home/templates} (or {@code ./templates}), then on the classpath
 * under {@code /templates}. Freemarker is hardened because subjects, titles and notes come from
 * strangers: HTML parts auto-escape, {@code ?new} and {@code ?api} are refused, and every error
 * is rethrown as a {@link TemplateFailure} naming the file.
 *
 * <p>Thread-safe: the configuration is built once and only read afterwards.
 */
public final class TemplateRenderer {
    /** Every email Plenary sends, each with a subject, a text and an HTML template. */
    public static final List<String> TEMPLATE_IDS = List.of(
            "agenda", "agenda-update", "cancellation", "meeting-changes", "summary", "digest", "confirmation", "error",
            "help", "status", "held", "signin", "reminder", "quorum-warning", "question", "notice");

    private final Configuration configuration;

    /** @param overrideFolder a folder whose files replace the built-in ones, or null */
    public TemplateRenderer(Path overrideFolder) {
        this.configuration = hardenedConfiguration(loaders(overrideFolder));
    }

    /** Renders the three parts of {@code templateId}; the model's record components are its variables. */
    public RenderedEmail render(String templateId, Object model) {
        String subject = renderPart(templateId + "-subject.ftl", "subject", model);
        return new RenderedEmail(
                subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim(),
                renderPart(templateId + "-text.ftl", "text", model),
                renderPart(templateId + "-html.ftlh", "html", model));
    }

    /** A page of the desk ({@code templates/<name>.ftlh}): HTML, auto-escaped, the same hardening as the emails. */
    public String page(String name, Object model) {
        return renderPart(name + ".ftlh", "page", model);
    }

    private String renderPart(String fileName, String part, Object model) {
        try {
            Template template = configuration.getTemplate(fileName);
            // Sized for a reply: grown by doubling from 16 characters, each part was copied some ten times.
            StringWriter out = new StringWriter(part.equals("subject") ? 128 : 8192);
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException | RuntimeException e) {
            throw new TemplateFailure(
                    "Could not render the " + part + " of template " + fileName + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static TemplateLoader loaders(Path overrideFolder) {
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (overrideFolder != null) {
                loaders.add(new FileTemplateLoader(overrideFolder.toFile()));
            }
            Path builtIn = builtInFolder();
            if (Files.isDirectory(builtIn)) {
                loaders.add(new FileTemplateLoader(builtIn.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template folder " + e.getMessage(), e);
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static Path builtInFolder() {
        String home = System.getProperty("plenary.home");
        return home == null ? Path.of("templates") : Path.of(home, "templates");
    }

    private static Configuration hardenedConfiguration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((e, env) -> { });
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // From 2.3.33 on, this wrapper exposes a record's accessors as properties: ${meeting.title}; it also drops
        // the invisible direction controls from every string of the model.
        configuration.setObjectWrapper(new SentTextWrapper());
        configuration.setSharedVariable("wrap", new TextWrapper());
        return configuration;
    }
}
