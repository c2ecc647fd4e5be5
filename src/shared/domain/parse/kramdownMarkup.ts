/**
 * Kramdown markup lines that Jekyll sites and Jupyter-book exports leave in Markdown:
 * attribute lists (`{:.input_area}`, `{: #intro .note}`) and extensions (`{::nomarkdown}`,
 * `{:/}`). They style the block next to them and say nothing to a reader.
 */

const ATTRIBUTE_LINE = /^\{:[^{}\n]{0,200}\}$/

/** True for a line that is only a kramdown attribute list or extension tag. */
export function isKramdownMarkup(text: string): boolean {
  return text.startsWith('{:') && ATTRIBUTE_LINE.test(text.trim())
}
