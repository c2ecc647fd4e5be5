/**
 * A shortcut's keys as <kbd>s: "Ctrl/Cmd+K or /" → Ctrl K, "or", /. On macOS Ctrl/Cmd reads ⌘
 * (the app's modifier there); `combos` splits each alternative into its keys.
 */
import { Fragment } from 'react'
import './ShortcutKeys.css'

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** Splits "a or b", "a / b", "a, b" into alternatives and the words between them. */
function alternatives(keys: string): string[] {
  return keys.split(/( or |, | \/ )/)
}

export function ShortcutKeys({ keys, combos = false }: { keys: string; combos?: boolean }) {
  return (
    <>
      {alternatives(keys).map((part, i) => {
        if (i % 2 === 1)
          return (
            <span key={i} className="shortcut-keys__sep">
              {part.trim() === '/' ? ' / ' : part}
            </span>
          )
        const text = part.replace('Ctrl/Cmd', IS_MAC ? '⌘' : 'Ctrl')
        // "Ctrl+\" and "Ctrl+," split at the first plus signs only, never a key that is "+".
        const pieces = combos ? text.split(/\+(?=.)/) : [text]
        return (
          <Fragment key={i}>
            {pieces.map((piece, j) => (
              <kbd key={j}>{piece}</kbd>
            ))}
          </Fragment>
        )
      })}
    </>
  )
}
