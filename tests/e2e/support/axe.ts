/**
 * axe-core over the page as it stands: the accessibility audit behind Lighthouse and Chrome's
 * DevTools, run against the real renderer. Needs a context with `bypassCSP: true` (the app's CSP
 * rightly blocks the injected script), which only the accessibility spec asks for.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** Impacts that fail a test; the rest are printed. */
export const FAILING_IMPACTS = new Set(['serious', 'critical'])

/** One axe finding, flattened for a readable report. */
export interface AxeFinding {
  where: string
  rule: string
  impact: string
  help: string
  /** Each failing node: its CSS selector and what axe found wrong with it. */
  nodes: { target: string; why: string }[]
}

/** Runs axe over the whole page (WCAG 2.0–2.2 A/AA and best practices); returns its findings. */
export async function auditPage(page: Page, where: string): Promise<AxeFinding[]> {
  // A theme switch fades colours (CSS transitions): audited mid-fade, light text sat on a still
  // white button. Every running finite transition and animation ends first (a spinner never does).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined))
    )
  )
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map((v) => ({
    where,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      // The first line is axe's "Fix any of the following:" preamble.
      why: (n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()
    }))
  }))
}

/** A multi-line report of findings: a line per rule and screen, then one per failing node. */
export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `[${f.impact}] ${f.where}: ${f.rule} (${f.nodes.length}) ${f.help}\n` +
        f.nodes.map((n) => `    ${n.target}\n      → ${n.why}`).join('\n')
    )
    .join('\n')
}

/** One short line per finding ("<screen>: <rule> ×<nodes>"), for the assertion itself. */
export function findingKeys(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.where}: ${f.rule} ×${f.nodes.length}`)
}
