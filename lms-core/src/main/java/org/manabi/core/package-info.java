/**
 * The shared heart of Manabi: who may use it (identity, organisations, cohorts), what they did
 * (audit, progress) and the persistence plumbing every other module builds on. Nothing here knows
 * about HTTP, Lucene or FFmpeg.
 */
package org.manabi.core;
