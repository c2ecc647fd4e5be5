/**
 * One size limit for an answer file, read and written alike: a file the app may load is a file
 * it can save back, and a larger one is refused with a message instead of filling the memory.
 */

/** Most bytes one answer file (front matter and body, UTF-8) may hold. */
export const MAX_ANSWER_BYTES = 5 * 1024 * 1024

/** The sentence shown when an answer is too large to save. */
export const ANSWER_TOO_LARGE =
  'This answer is larger than 5 MB, the most one answer can hold; move long logs or data out of it and it saves again.'
