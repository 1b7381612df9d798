/**
 * Files people download and open in Excel: CSV in UTF-8 with a byte-order mark (so Japanese Excel
 * reads it as UTF-8), with cells that could start a formula neutralised.
 */
package org.manabi.web.download;
