/**
 * A small sample quiz for demo mode: a few bank items of several types, a quiz made of them, and
 * a one-section course whose QUIZ lesson refers to it, so the quiz screens can be tried at once.
 */
package org.manabi.content.assessment.sample;
