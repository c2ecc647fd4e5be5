/**
 * The theme's colour tokens meet WCAG 2.2 AA in both themes: 4.5:1 for text tokens on every
 * surface they sit on, 3:1 for UI parts (accent, focus ring, favourite star) and for status
 * colours on their soft chip backgrounds. Reads the real theme.css, so a token edit that breaks a
 * pair fails here before axe sees a screen.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Color, { type ColorInstance } from 'color'
import { describe, expect, it } from 'vitest'

const css = readFileSync(join('src', 'renderer', 'src', 'styles', 'theme.css'), 'utf8')

/** The custom properties declared in the block that starts with `selector {`. */
function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} block in theme.css`)
  const body = css.slice(start, css.indexOf('}', start))
  const declarations: RegExpMatchArray[] = [...body.matchAll(/--([\w-]+):\s*([^;]+);/g)]
  return Object.fromEntries(declarations.map((m) => [m[1]!, m[2]!.trim()]))
}

const light = tokensOf(':root')
const THEMES = { light, dark: { ...light, ...tokensOf(":root[data-theme='dark']") } }

const SURFACES = ['bg', 'bg-subtle', 'bg-sunken', 'bg-hover', 'bg-selected', 'bg-elevated']
const TEXT = ['text', 'text-muted', 'text-faint', 'accent-text', 'success', 'warning', 'danger']
const UI_PARTS = ['accent', 'focus', 'star']
const SOFT: [string, string][] = [
  ['accent-text', 'accent-soft'],
  ['success', 'success-soft'],
  ['warning', 'warning-soft'],
  ['danger', 'danger-soft']
]

/** A token's colour, translucent ones laid over `under` as the browser paints them. */
function paint(value: string, under: ColorInstance): ColorInstance {
  const c = Color(value)
  return c.alpha() === 1 ? c : under.mix(c.alpha(1), c.alpha())
}

function ratio(tokens: Record<string, string>, fg: string, bg: string, base = 'bg'): number {
  const ground = paint(tokens[base]!, Color('white'))
  const surface = paint(tokens[bg]!, ground)
  return Number(paint(tokens[fg]!, surface).contrast(surface).toFixed(2))
}

describe.each(Object.entries(THEMES))('%s theme tokens', (_theme, tokens) => {
  it.each(TEXT.flatMap((fg) => SURFACES.map((bg) => [fg, bg])))(
    'text --%s on --%s is at least 4.5:1',
    (fg, bg) => expect(ratio(tokens, fg, bg)).toBeGreaterThanOrEqual(4.5)
  )

  it.each(UI_PARTS.flatMap((fg) => SURFACES.map((bg) => [fg, bg])))(
    'UI part --%s on --%s is at least 3:1',
    (fg, bg) => expect(ratio(tokens, fg, bg)).toBeGreaterThanOrEqual(3)
  )

  it.each(SOFT.flatMap(([fg, bg]) => ['bg', 'bg-elevated'].map((base) => [fg, bg, base])))(
    'chip text --%s on --%s (over --%s) is at least 4.5:1',
    (fg, bg, base) => expect(ratio(tokens, fg, bg, base)).toBeGreaterThanOrEqual(4.5)
  )

  it('primary buttons: --accent-fg on --accent and --accent-hover is at least 4.5:1', () => {
    expect(ratio(tokens, 'accent-fg', 'accent')).toBeGreaterThanOrEqual(4.5)
    expect(ratio(tokens, 'accent-fg', 'accent-hover')).toBeGreaterThanOrEqual(4.5)
  })
})
