package org.manabi.content.catalog;

/** The shelves of the catalog. Stored by name: never rename a constant. */
public enum Category {
    IT,
    DIGITAL,
    CERTIFICATION,
    BUSINESS,
    COMPLIANCE,
    JAPANESE,
    DIALECT
}
