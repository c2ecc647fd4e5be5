import { describe, expect, it } from 'vitest'
import { checkRemoteUrl } from '../../../../../src/shared/domain/sync/remoteUrl'

describe('checkRemoteUrl', () => {
  it('accepts https anywhere and http only to this computer', () => {
    expect(checkRemoteUrl(' https://github.com/me/notes.git ')).toEqual({
      ok: true,
      url: 'https://github.com/me/notes.git',
      host: 'github.com'
    })
    expect(checkRemoteUrl('http://127.0.0.1:8080/notes.git')).toMatchObject({ ok: true })
    expect(checkRemoteUrl('http://localhost/notes.git')).toMatchObject({ ok: true })
    expect(checkRemoteUrl('http://example.com/notes.git')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Only https remotes are supported/)
    })
  })

  it('refuses ssh, credentials in the address and things that are not URLs', () => {
    for (const ssh of ['git@github.com:me/notes.git', 'ssh://git@github.com/me/notes.git'])
      expect(checkRemoteUrl(ssh)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^SSH remotes are not supported/)
      })
    expect(checkRemoteUrl('https://me:tok@github.com/me/notes.git')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/token in its own field/)
    })
    expect(checkRemoteUrl('notes')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is not a git URL/)
    })
    expect(checkRemoteUrl('https://github.com/')).toMatchObject({ ok: false })
    expect(checkRemoteUrl('')).toMatchObject({ ok: false })
  })
})
