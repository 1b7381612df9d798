/**
 * The web tier: the REST API under {@code /api}, the browser UI, security and the deployable
 * server. Resources here are thin: they validate a request record, call one service, and map the
 * result to a response record. No entity is ever serialised.
 */
package org.manabi.web;
