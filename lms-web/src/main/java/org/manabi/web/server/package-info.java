/** The application's start and stop inside Payara Micro. */
package org.manabi.web.server;
