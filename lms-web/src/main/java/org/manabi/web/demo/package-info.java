/**
 * Sample data for demo mode: accounts for every role whose credentials are published in the
 * README. Production mode creates none, and refuses to start while one still has its published
 * password.
 */
package org.manabi.web.demo;
