/**
 * Practice quizzes from the bundled library: the IT Passport practice sets written as data, and
 * the quiz after each JLPT lesson, made from that lesson's items the first time it is opened.
 */
package org.manabi.content.assessment.practice;
