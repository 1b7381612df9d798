package org.manabi.core.identity;

import org.manabi.core.audit.Actor;

/**
 * A CDI event: an account was revoked or deleted and will never sign in again. Fired inside the
 * closing transaction, so what other features do in response (release the person's seats) is kept
 * or undone together with the closing itself. Identity does not know who observes it.
 *
 * @param status {@link AccountStatus#REVOKED} or {@link AccountStatus#DELETED}
 */
public record AccountClosed(long accountId, AccountStatus status, Actor actor) {
}
