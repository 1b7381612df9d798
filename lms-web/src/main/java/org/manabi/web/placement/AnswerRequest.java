package org.manabi.web.placement;

/**
 * An answer to the question being asked.
 *
 * @param itemId   the question's id, as served; an answer to any other question is refused (409)
 * @param optionId the chosen option
 */
public record AnswerRequest(String itemId, String optionId) {
}
