/** Why a document could not be read as text. Every code maps to a message a user understands. */
export type DocumentErrorCode =
  'empty' | 'binary' | 'too-large' | 'unreadable' | 'not-found' | 'unsupported-type' | 'encoding'

/** A typed, user-facing error for bad input documents. Never carries a stack to the UI. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode
  readonly file: string

  constructor(code: DocumentErrorCode, file: string, message: string) {
    super(message)
    this.name = 'DocumentError'
    this.code = code
    this.file = file
  }
}

/** Largest document we accept: anything bigger is almost certainly not a question list. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
