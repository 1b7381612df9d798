/**
 * RFC 9457 problem details for every API error: a stable {@code type}, a plain {@code title}, the
 * field and reason for each validation failure, and the request id, but never a stack trace,
 * class name or other server detail.
 */
package org.manabi.web.problem;
