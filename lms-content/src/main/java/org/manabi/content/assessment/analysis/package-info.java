/**
 * Results and analysis: a learner's proficiency by skill and tag over their graded attempts, and
 * item analysis of a quiz for its instructors (facility, discrimination, how often each option
 * was chosen).
 */
package org.manabi.content.assessment.analysis;
