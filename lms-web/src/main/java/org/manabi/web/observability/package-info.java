/**
 * What operators see of each request: a request id carried on the response, in problem details and
 * on every Manabi log line; a structured (JSON) access log; request metrics; and the security
 * headers every response gets.
 */
package org.manabi.web.observability;
