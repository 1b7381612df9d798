/**
 * Surveys over REST: administrators issue the standard surveys (or their own) to a cohort, list
 * them, read the results and download them as CSV or XLSX; everyone signed in lists the open
 * surveys that ask them and answers each once.
 */
package org.manabi.web.survey;
