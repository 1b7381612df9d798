/**
 * Video assets and live sessions: upload, transcoding to HLS, cohort-only playback, and the
 * timestamped view log that proves who watched what. Meets lms-content only through ids and events
 * defined in lms-core.
 */
package org.manabi.video;
