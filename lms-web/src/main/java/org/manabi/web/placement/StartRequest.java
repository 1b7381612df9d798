package org.manabi.web.placement;

/** Which placement test to start: {@code JLPT}. */
public record StartRequest(String scale) {
}
