package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a lesson's Markdown (CommonMark with GFM tables) to HTML. Raw HTML in the source is
 * escaped, never passed through, and unsafe link targets are dropped, so the output is safe to
 * show whoever wrote the lesson. Every heading gets a stable anchor made from its text. Callers
 * cache the result per content version: it is not meant to run per request.
 */
public final class LessonRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private LessonRenderer() {
    }

    public static RenderedLesson render(String markdown) {
        Node document = PARSER.parse(markdown);
        List<RenderedLesson.LessonSection> sections = new ArrayList<>();
        IdGenerator ids = IdGenerator.builder().build();
        AttributeProvider anchors = (node, tag, attributes) -> {
            if (node instanceof Heading heading) {
                String anchor = ids.generateId(text(heading));
                attributes.put("id", anchor);
                if (heading.getLevel() > 1) {
                    sections.add(new RenderedLesson.LessonSection(anchor, text(heading), heading.getLevel()));
                }
            }
        };
        String html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> anchors)
                .build()
                .render(document);
        return new RenderedLesson(html, sections);
    }

    /** The plain text of a heading (emphasis and code spans flattened). */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }
}
