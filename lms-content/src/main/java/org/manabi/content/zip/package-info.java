/**
 * Reading uploaded ZIP files within limits: paths that could escape the folder are refused, and
 * sizes are judged on the bytes actually inflated, so zip bombs stop early. Course packages and
 * QTI content packages both read their uploads here.
 */
package org.manabi.content.zip;
