package org.manabi.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintViolationExceptionMapper#fieldName(Path)} against hand-built paths, as Hibernate
 * Validator is only present inside the server.
 */
class ConstraintViolationFieldNameTest {

    @Test
    void theMethodAndParameterNodesAreDropped() {
        Path path = path(node(ElementKind.METHOD, "remember"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "language"));
        assertEquals("language", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void nestedPropertiesAreJoinedWithDots() {
        Path path = path(node(ElementKind.METHOD, "register"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "address"), node(ElementKind.PROPERTY, "city"));
        assertEquals("address.city", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void aPropertyOfAListElementIsNamedAfterTheElementsIndex() {
        Path path = path(node(ElementKind.METHOD, "save"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "items"), indexed(ElementKind.PROPERTY, "name", 2));
        assertEquals("items[2].name", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void aListElementItselfIsNamedByItsIndex() {
        Path path = path(node(ElementKind.METHOD, "save"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "tags"), indexed(ElementKind.CONTAINER_ELEMENT, "<list element>", 2));
        assertEquals("tags[2]", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void aMapValueIsNamedByItsKey() {
        Path path = path(node(ElementKind.METHOD, "save"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "labels"), keyed(ElementKind.CONTAINER_ELEMENT, "<map value>", "ja"));
        assertEquals("labels[ja]", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void aConstraintOnTheWholeParameterIsNamedBody() {
        Path path = path(node(ElementKind.METHOD, "remember"), node(ElementKind.PARAMETER, "arg0"));
        assertEquals("body", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void aClassLevelConstraintOnTheBodyIsNamedBody() {
        Path path = path(node(ElementKind.METHOD, "remember"), node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.BEAN, null));
        assertEquals("body", ConstraintViolationExceptionMapper.fieldName(path));
    }

    @Test
    void anEmptyPathIsNamedBody() {
        assertEquals("body", ConstraintViolationExceptionMapper.fieldName(path()));
    }

    private static Path path(Path.Node... nodes) {
        return new FakePath(List.of(nodes));
    }

    private static Path.Node node(ElementKind kind, String name) {
        return new FakeNode(kind, name, null, null);
    }

    private static Path.Node indexed(ElementKind kind, String name, int index) {
        return new FakeNode(kind, name, index, null);
    }

    private static Path.Node keyed(ElementKind kind, String name, Object key) {
        return new FakeNode(kind, name, null, key);
    }

    private record FakePath(List<Path.Node> nodes) implements Path {

        @Override
        public Iterator<Node> iterator() {
            return nodes.iterator();
        }

        @Override
        public String toString() {
            return nodes.stream().map(Node::toString).collect(Collectors.joining("."));
        }
    }

    private record FakeNode(ElementKind kind, String name, Integer index, Object key) implements Path.Node {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return index != null || key != null;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }

        @Override
        public String toString() {
            return index == null ? String.valueOf(name) : name + "[" + index + "]";
        }
    }
}
