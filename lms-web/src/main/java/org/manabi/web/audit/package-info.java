/** The audit trail as administrators read it. */
package org.manabi.web.audit;
