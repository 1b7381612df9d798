/**
 * The six interface languages (ja, en, vi, id, tl, my): choosing one from the learner's remembered
 * choice or the browser's Accept-Language, and serving the message catalogue the UI renders from.
 */
package org.manabi.web.i18n;
