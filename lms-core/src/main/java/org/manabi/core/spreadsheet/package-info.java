/**
 * Rules for files people open in spreadsheet programs (CSV for Excel), shared by every export.
 */
package org.manabi.core.spreadsheet;
