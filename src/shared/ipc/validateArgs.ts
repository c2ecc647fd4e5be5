import { CHANNELS, channelArgs, type Channel, type ChannelArgs } from './contract'

/** Thrown for a call that does not match the contract; the message is safe to show. */
export class InvalidArgumentsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidArgumentsError'
  }
}

/** Narrows an untrusted channel name to one the contract knows. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}

/**
 * Checks raw invoke arguments against the channel's schema and returns them typed.
 * Every handler runs behind this: types alone are not validation.
 */
export function validateArgs<C extends Channel>(channel: C, raw: unknown[]): ChannelArgs<C> {
  const result = channelArgs[channel].safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new InvalidArgumentsError(
      `Invalid arguments for ${channel}${where}: ${issue?.message ?? 'rejected'}`
    )
  }
  return result.data as ChannelArgs<C>
}
