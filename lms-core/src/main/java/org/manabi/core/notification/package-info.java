/**
 * E-mail to people outside the system (applicants, company contacts). Mail is queued in the
 * {@code outbound_mail} table inside the transaction that causes it ({@link org.manabi.core.notification.MailOutbox})
 * and sent after commit by {@link org.manabi.core.notification.MailDispatcher}, with retries, so a
 * rolled-back action sends nothing and an SMTP outage loses nothing. Texts come from per-language
 * templates ({@link org.manabi.core.notification.MailTemplates}).
 */
package org.manabi.core.notification;
