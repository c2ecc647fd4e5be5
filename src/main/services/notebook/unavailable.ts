/** Clear rejections for channels this host cannot serve (native dialogs outside Electron). */

/** Thrown by a channel that needs something this host does not have. */
export class NotAvailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotAvailableError'
  }
}

/** Rejects: the feature needs the desktop app (a native dialog, the system shell). */
export async function hostOnly(feature: string): Promise<never> {
  throw new NotAvailableError(`${feature} needs the desktop app; it is not available here.`)
}
