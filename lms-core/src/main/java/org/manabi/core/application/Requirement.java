package org.manabi.core.application;

/** Whether a form's question must be answered. Questions a form does not ask are simply absent. */
public enum Requirement { OPTIONAL, REQUIRED }
