package org.manabi.content.search;

/**
 * Who is searching: decides what the results may contain. Everyone sees published courses; an
 * author also sees their own drafts; an administrator sees everything.
 *
 * @param accountId null for someone not signed in
 */
public record Searcher(Long accountId, boolean seesEverything) {

    public static Searcher anonymous() {
        return new Searcher(null, false);
    }
}
