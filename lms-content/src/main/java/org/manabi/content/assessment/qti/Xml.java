package org.manabi.content.assessment.qti;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small read-only XML tree with line numbers, parsed with every door to the outside closed: no
 * DOCTYPE (so no entity of any kind, internal or external, and no billion laughs), no external DTD
 * or schema, no XInclude. QTI 2.1 files are described by XML Schema and need no DTD, so refusing
 * one costs nothing.
 */
final class Xml {

    static final String XML_NS = XMLConstants.XML_NS_URI;

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Xml() {
    }

    /** A node of the tree: an element or a run of text. */
    sealed interface Node permits Element, Text {
    }

    record Text(String value) implements Node {
    }

    /**
     * An element. Attributes are keyed by local name; those in the XML namespace as
     * {@code xml:name}.
     */
    record Element(String name, String namespace, Map<String, String> attributes, List<Node> children, int line)
            implements Node {

        String attr(String attribute) {
            return attributes.get(attribute);
        }

        Stream<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast);
        }

        List<Element> elements(String localName) {
            return elements().filter(e -> e.name.equals(localName)).toList();
        }

        Optional<Element> element(String localName) {
            return elements().filter(e -> e.name.equals(localName)).findFirst();
        }

        /** This element and all below it, in document order. */
        Stream<Element> descendants() {
            return Stream.concat(Stream.of(this), elements().flatMap(Element::descendants));
        }

        /** All text below this element, joined, unchanged. */
        String text() {
            StringBuilder out = new StringBuilder();
            appendText(this, out);
            return out.toString();
        }

        private static void appendText(Element element, StringBuilder out) {
            for (Node child : element.children) {
                if (child instanceof Text t) {
                    out.append(t.value());
                } else {
                    appendText((Element) child, out);
                }
            }
        }
    }

    /** Why a file could not be read as XML. */
    static final class Unreadable extends Exception {

        private final Integer line;
        private final String code;

        Unreadable(Integer line, String code, String message) {
            super(message);
            this.line = line;
            this.code = code;
        }

        QtiProblem problem(String file) {
            return new QtiProblem(file, line, code, getMessage());
        }
    }

    static Element parse(byte[] bytes, int maxDepth) throws Unreadable {
        String text = decode(bytes);
        TreeBuilder builder = new TreeBuilder(maxDepth);
        try {
            SAXParser parser = parserFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(new InputSource(new StringReader(text)), builder);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new Unreadable(line(e), "Doctype",
                        "a DOCTYPE is not accepted: DTDs and entities are disabled for safety");
            }
            if (builder.tooDeep) {
                throw new Unreadable(line(e), "TooDeep", "elements nest more than " + maxDepth + " deep");
            }
            throw new Unreadable(line(e), "InvalidXml", "not well-formed XML: " + message);
        } catch (SAXException | IOException e) {
            throw new Unreadable(null, "InvalidXml", "not readable as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        return builder.root;
    }

    private static Integer line(SAXParseException e) {
        return e.getLineNumber() > 0 ? e.getLineNumber() : null;
    }

    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, whatever else is on the class path of the server: the features below
        // are the ones it is known to honour.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /**
     * The text of the file, decoded strictly: by its byte order mark, else by the encoding its XML
     * declaration names, else as UTF-8. Bytes that do not decode are refused with their line
     * rather than replaced, so no answer is silently garbled.
     */
    static String decode(byte[] bytes) throws Unreadable {
        Charset charset;
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else {
            charset = declaredCharset(bytes);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1 + (int) out.chars().filter(c -> c == '\n').count();
            throw new Unreadable(line, "Encoding", "bytes that are not valid " + charset.name());
        }
        return out.flip().toString();
    }

    private static Charset declaredCharset(byte[] bytes) throws Unreadable {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Unreadable(1, "Encoding", "the declared encoding '" + m.group(1) + "' is not supported");
        }
    }

    /** Builds the tree from SAX events and refuses anything that would reach outside the file. */
    private static final class TreeBuilder extends DefaultHandler {

        private final int maxDepth;
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;
        private boolean tooDeep;
        private final StringBuilder pending = new StringBuilder();

        TreeBuilder(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXParseException("external entities are not read: " + systemId, locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (!open.isEmpty()) {
                flushText();
            }
            if (open.size() >= maxDepth) {
                tooDeep = true;
                throw new SAXParseException("elements nest too deep", locator);
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                if (name == null || name.isEmpty()) {
                    name = attributes.getQName(i);
                }
                if (XML_NS.equals(attributes.getURI(i))) {
                    name = "xml:" + name;
                }
                attrs.put(name, attributes.getValue(i));
            }
            int line = locator == null ? 0 : locator.getLineNumber();
            Element element = new Element(localName, uri == null ? "" : uri, attrs, new ArrayList<>(), line);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                pending.append(ch, start, length);
            }
        }

        /** Text arrives in pieces (around each entity reference); it becomes one node. */
        private void flushText() {
            if (pending.length() > 0) {
                open.peek().children().add(new Text(pending.toString()));
                pending.setLength(0);
            }
        }
    }

    /** For messages that quote a value from the file: short and free of control characters. */
    static String shown(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return value.codePointCount(0, value.length()) > 80 ? out + "…" : out.toString();
    }

}
