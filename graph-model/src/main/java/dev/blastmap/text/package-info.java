/**
 * Escaping, one class per target: {@link dev.blastmap.text.XmlText} (GraphML, MEF, SVG, HTML),
 * {@link dev.blastmap.text.MarkdownText}, {@link dev.blastmap.text.CsvText}, {@link dev.blastmap.text.DotText}
 * and {@link dev.blastmap.text.TerminalText}. Text from a file made by a stranger passes through one of these
 * on its way out, so that it stays text: no markup, no formula, no escape sequence. Depends on nothing else in
 * Blastmap, so every package can use it.
 */
package dev.blastmap.text;
