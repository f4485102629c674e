package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a lesson's Markdown (CommonMark with GFM tables) to HTML. Raw HTML in the source is
 * escaped, never passed through, and unsafe link targets are dropped, so the output is safe to
 * show whoever wrote the lesson (the validator refuses both anyway, see {@link #check}). Every
 * heading gets a stable anchor made from its text. A fenced block with the info string
 * {@code figure} is replaced by that figure, drawn by {@link FigureRenderer}; the first bold mention
 * of each key term links to the term's glossary entry. Callers cache the result per content
 * version: it is not meant to run per request.
 */
public final class LessonRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** Link targets a lesson may use: relative ones and these schemes. */
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern FIGURE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private LessonRenderer() {
    }

    /** What a lesson's source offers and breaks, without rendering it. */
    public record LessonCheck(List<RenderedLesson.LessonSection> sections, List<FigureRef> figures, List<Problem> problems) {
    }

    /** A figure block in the lesson: the id it names and its 1-based line. */
    public record FigureRef(String id, int line) {
    }

    /** A problem in the lesson source at a 1-based line. */
    public record Problem(int line, String message) {
    }

    /** Renders a lesson without figures or glossary links. */
    public static RenderedLesson render(String markdown) {
        return render(markdown, Map.of(), Glossary.none());
    }

    /**
     * Renders a lesson; {@code figures} by id (a figure block naming no figure here renders nothing),
     * {@code glossary} for the key-term links.
     */
    public static RenderedLesson render(String markdown, Map<String, Figure> figures, Glossary glossary) {
        Node document = PARSER.parse(markdown);
        replaceFigureBlocks(document);
        Set<Link> termLinks = linkTerms(document, glossary);
        Map<Heading, String> anchors = new IdentityHashMap<>();
        List<RenderedLesson.LessonSection> sections = sections(document, anchors);
        AttributeProvider ids = (node, tag, attributes) -> {
            if (node instanceof Heading heading && anchors.containsKey(heading)) {
                attributes.put("id", anchors.get(heading));
            }
            if (node instanceof Link link && termLinks.contains(link)) {
                attributes.remove("rel"); // our own link within the site: no nofollow
            }
        };
        String html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> ids)
                .nodeRendererFactory(context -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(FigureBlock.class);
                    }

                    @Override
                    public void render(Node node) {
                        Figure figure = figures.get(((FigureBlock) node).id);
                        if (figure != null) {
                            context.getWriter().line();
                            context.getWriter().raw(FigureRenderer.html(figure));
                        }
                    }
                })
                .build()
                .render(document);
        return new RenderedLesson(html, sections);
    }

    /**
     * The lesson's sections, its figure blocks and every problem the validator reports: raw HTML
     * (an HTML block or inline tag), a link or image whose target has a scheme other than http,
     * https or mailto ({@code javascript:} and the like), and a figure block whose body is not one
     * figure id.
     */
    public static LessonCheck check(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        List<FigureRef> figures = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                problems.add(new Problem(line(block), "raw HTML is not allowed in a lesson: " + excerpt(block.getLiteral())));
            }

            @Override
            public void visit(HtmlInline inline) {
                problems.add(new Problem(line(inline), "raw HTML is not allowed in a lesson: " + excerpt(inline.getLiteral())));
            }

            @Override
            public void visit(Link link) {
                target(link, link.getDestination(), "link");
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                target(image, image.getDestination(), "image");
                visitChildren(image);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                if (isFigure(block)) {
                    String id = block.getLiteral().strip();
                    if (!FIGURE_ID.matcher(id).matches()) {
                        problems.add(new Problem(line(block), "a figure block holds one figure id (a-z, 0-9, -), not '"
                                + excerpt(id) + "'"));
                    } else {
                        figures.add(new FigureRef(id, line(block)));
                    }
                }
            }

            private void target(Node node, String destination, String what) {
                Matcher m = SCHEME.matcher(destination == null ? "" : destination);
                if (m.find() && !SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    problems.add(new Problem(line(node), what + " target '" + excerpt(destination)
                            + "' is not allowed: use http, https, mailto or a relative link"));
                }
            }
        });
        return new LessonCheck(sections(document, new IdentityHashMap<>()), figures, problems);
    }

    /** Every heading below the title in reading order, with the anchor it gets (recorded in {@code anchors}). */
    private static List<RenderedLesson.LessonSection> sections(Node document, Map<Heading, String> anchors) {
        IdGenerator ids = IdGenerator.builder().build();
        List<RenderedLesson.LessonSection> sections = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String anchor = ids.generateId(text(heading));
                anchors.put(heading, anchor);
                if (heading.getLevel() > 1) {
                    sections.add(new RenderedLesson.LessonSection(anchor, text(heading), heading.getLevel()));
                }
            }
        });
        return sections;
    }

    private static boolean isFigure(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        return info.equals("figure");
    }

    private static void replaceFigureBlocks(Node document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (isFigure(block)) {
                    blocks.add(block);
                }
            }
        });
        for (FencedCodeBlock block : blocks) {
            block.insertBefore(new FigureBlock(block.getLiteral().strip()));
            block.unlink();
        }
    }

    /** Wraps the first bold mention of each key term (outside headings and links) in a link to the glossary. */
    private static Set<Link> linkTerms(Node document, Glossary glossary) {
        Set<Link> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<StrongEmphasis> strong = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // a heading's text is the section's name, not a mention to link
            }

            @Override
            public void visit(Link link) {
                // already a link
            }

            @Override
            public void visit(StrongEmphasis emphasis) {
                strong.add(emphasis);
            }
        });
        Set<String> linked = new java.util.HashSet<>();
        for (StrongEmphasis emphasis : strong) {
            String term = glossary.match(text(emphasis));
            if (term != null && linked.add(term.toLowerCase(Locale.ROOT))) {
                Link link = new Link(Glossary.href(glossary.courseSlug(), term), null);
                added.add(link);
                emphasis.insertBefore(link);
                link.appendChild(emphasis);
            }
        }
        return added;
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    private static String excerpt(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    /** The plain text of a node (emphasis and code spans flattened). */
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

    /** A figure block after parsing: the id of the figure to draw in its place. */
    static final class FigureBlock extends CustomBlock {
        final String id;

        FigureBlock(String id) {
            this.id = id;
        }
    }
}
