/**
 * Which git remotes the built-in sync accepts: https anywhere, plain http only to this computer
 * (a local git server, the tests). No ssh: isomorphic-git speaks only the smart HTTP protocol.
 */

/** A remote URL checked and normalised, or the sentence saying why it was refused. */
export type RemoteCheck = { ok: true; url: string; host: string } | { ok: false; message: string }

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Checks a remote URL typed by the user. Credentials inside the URL are refused (use the token). */
export function checkRemoteUrl(input: string): RemoteCheck {
  const text = input.trim()
  if (!text) return { ok: false, message: 'Enter the https address of a git repository.' }
  if (/^(ssh:\/\/|git@|[\w.-]+@[\w.-]+:)/i.test(text))
    return {
      ok: false,
      message:
        'SSH remotes are not supported: use the https address of the repository (with a token).'
    }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return {
      ok: false,
      message: `"${text}" is not a git URL. Use an address like https://github.com/you/notes.git.`
    }
  }
  const local = LOCAL_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    return {
      ok: false,
      message: `Only https remotes are supported (plain http only to this computer); "${text}" uses ${url.protocol.replace(':', '')}.`
    }
  if (url.username || url.password)
    return {
      ok: false,
      message: 'Leave the user name and token out of the address; enter the token in its own field.'
    }
  if (url.search || url.hash || url.pathname === '/' || !url.pathname)
    return {
      ok: false,
      message: `"${text}" is not a git URL. Use an address like https://github.com/you/notes.git.`
    }
  return { ok: true, url: url.toString(), host: url.host }
}
