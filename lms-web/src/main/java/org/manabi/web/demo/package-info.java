/**
 * Sample data for demo mode: a few companies, one programme per specification Manabi is built for
 * (with its terms and seat rules), and accounts for every role whose credentials are published in
 * the README. Production mode creates none, and refuses to start while a demo account still has its
 * published password.
 */
package org.manabi.web.demo;
