package org.plenary.workflow;

/** One of the candidates a question names: a meeting's id and how the question describes it. */
public record Choice(String id, String words) {
}
