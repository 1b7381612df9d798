/** Accounts as administrators manage them through the API: issuing an account with a one-time password. */
package org.manabi.web.account;
