/**
 * Who is calling: the server-side session a sign-in creates, the Jakarta Security mechanism that
 * turns it into a caller with roles on every request, CSRF protection for state-changing requests,
 * and the session API itself.
 */
package org.manabi.web.security;
