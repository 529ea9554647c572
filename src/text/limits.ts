/**
 * Limits on what ingest accepts. A treaty, even a long multilateral one with annexes, is well under a
 * megabyte of text; a file ten times that is almost surely the wrong file, and refusing it early keeps
 * every face responsive.
 */

/** Largest input accepted, in bytes: 10 MiB. Faces should check the file size before reading it. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Share of control characters (other than tab, line feed, form feed, carriage return) above which
 * decoded text is taken for binary data. Real text has none or a stray few.
 */
export const MAX_CONTROL_CHARACTER_RATIO = 0.02;

/**
 * Most lines accepted. The longest treaties run to some 20 000 lines; every line becomes several
 * objects, so a file of millions of short lines (which 10 MB allows) would exhaust memory instead
 * of being refused.
 */
export const MAX_INPUT_LINES = 200_000;
