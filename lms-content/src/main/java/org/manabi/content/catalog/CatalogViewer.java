package org.manabi.content.catalog;

/**
 * Who is looking at the catalog. Learners (and anyone not signed in) see published courses; an
 * instructor also sees and edits their own drafts; an administrator sees and edits everything.
 *
 * @param accountId null when nobody is signed in
 * @param author    whether the viewer may write courses (instructors and administrators)
 */
public record CatalogViewer(Long accountId, boolean author, boolean administrator) {

    public static CatalogViewer anonymous() {
        return new CatalogViewer(null, false, false);
    }

    public boolean signedIn() {
        return accountId != null;
    }
}
