/**
 * The API for importing accounts from a CSV file: a preview that reports every row's problems, a
 * commit that runs in the background with progress to poll, and the one-time passwords handed
 * back once as a CSV file. Administrators only.
 */
package org.manabi.web.accountimport;
