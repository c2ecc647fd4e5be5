/** A backtick fence longer than any backtick run in `code`, so the code cannot close it early. */
export function fenceFor(code: string): string {
  let longest = 0
  let run = 0
  for (let i = 0; i < code.length; i++) {
    run = code.charCodeAt(i) === 96 ? run + 1 : 0
    if (run > longest) longest = run
  }
  return '`'.repeat(Math.max(3, longest + 1))
}
