/** Programmes and cohorts through the API: administrators set them up and see how many seats each has given. */
package org.manabi.web.programme;
