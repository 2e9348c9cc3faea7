package org.dossier.serve;

/** The body of every error answer: its HTTP status and what went wrong, in words. */
record ApiError(int status, String error) {}
