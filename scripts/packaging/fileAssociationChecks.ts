/**
 * Checks the file associations electron-builder will register (its effective configuration)
 * against the extensions the importers read: every one listed on macOS and Linux, none making
 * the app a type's default (macOS rank Alternate, role Viewer; no Windows registration through
 * electron-builder, which would take over the default), and the Windows installer script's
 * "Open with" list complete.
 */

interface Association {
  ext?: unknown
  mimeType?: unknown
  role?: unknown
  rank?: unknown
}

function extsOf(association: Association): string[] {
  const ext = association.ext
  return (Array.isArray(ext) ? ext : [ext]).filter((e): e is string => typeof e === 'string')
}

function associations(section: unknown): Association[] {
  const list = (section as { fileAssociations?: unknown } | undefined)?.fileAssociations
  return Array.isArray(list) ? (list as Association[]) : []
}

/**
 * Problems found, [] when all is well.
 * @param config electron-builder's configuration (as loaded: the effective config it wrote)
 * @param extensions importable extensions with their dot (IMPORT_EXTENSIONS)
 * @param nsisScript the text of the installer include named by `nsis.include`
 */
export function checkFileAssociations(
  config: Record<string, unknown>,
  extensions: readonly string[],
  nsisScript: string
): string[] {
  const problems: string[] = []
  const wanted = extensions.map((e) => e.replace(/^\./, '')).sort()
  if (associations(config).length > 0)
    problems.push(
      'fileAssociations at the top level would register the types on Windows as their default app; list them under mac and linux.'
    )
  if (associations(config['win']).length > 0)
    problems.push(
      'win.fileAssociations would make the app the default for these types; resources/installer.nsh adds "Open with" entries instead.'
    )
  for (const platform of ['mac', 'linux'] as const) {
    const list = associations(config[platform])
    const listed = [...new Set(list.flatMap(extsOf))].sort()
    const missing = wanted.filter((e) => !listed.includes(e))
    const extra = listed.filter((e) => !wanted.includes(e))
    if (missing.length > 0)
      problems.push(`${platform}.fileAssociations lacks importable types: ${missing.join(', ')}.`)
    if (extra.length > 0)
      problems.push(
        `${platform}.fileAssociations lists types no importer reads: ${extra.join(', ')}.`
      )
    for (const a of list) {
      const name = extsOf(a).join('/')
      if (platform === 'mac' && (a.rank !== 'Alternate' || a.role !== 'Viewer'))
        problems.push(
          `mac.fileAssociations ${name} must be role Viewer, rank Alternate (the app is never the default), not ${String(a.role)}/${String(a.rank)}.`
        )
      if (platform === 'linux' && (typeof a.mimeType !== 'string' || !a.mimeType.includes('/')))
        problems.push(`linux.fileAssociations ${name} needs a MIME type.`)
    }
  }
  const nsis = config['nsis'] as { include?: unknown } | undefined
  if (typeof nsis?.include !== 'string')
    problems.push('nsis.include must name the installer script that adds the "Open with" entries.')
  const inScript = new Set(
    [...nsisScript.matchAll(/SN_EACH_EXT[\s\S]*?!macroend/g)].flatMap((m) =>
      [...m[0].matchAll(/"\.([a-z0-9]+)"/g)].map((x) => x[1])
    )
  )
  const missingWin = wanted.filter((e) => !inScript.has(e))
  if (missingWin.length > 0)
    problems.push(
      `The Windows installer script lacks "Open with" entries for: ${missingWin.join(', ')}.`
    )
  if (/WriteRegStr\s+HKCU\s+"Software\\Classes\\\.[a-z0-9]+"\s+""/i.test(nsisScript))
    problems.push("The Windows installer script writes an extension's default handler.")
  return problems
}
