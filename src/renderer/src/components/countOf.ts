/** The one count-with-noun wording, shared with the CLI. */
export { countOf } from '@shared/countOf'
