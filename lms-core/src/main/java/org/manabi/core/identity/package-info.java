/**
 * Who may use Manabi: accounts and their roles, how passwords are hashed (Argon2id) and judged
 * (length and a common-password list), and how repeated failed sign-ins are slowed down without
 * letting an attacker lock a real user out for good.
 */
package org.manabi.core.identity;
