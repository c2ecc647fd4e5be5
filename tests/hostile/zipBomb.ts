/**
 * Builds a zip bomb at run time: one `notebook/<id>.md` of `megabytes` MB of zeros that packs
 * into about 1 KB per MB. The deflate stream is one fully-flushed block repeated (a full flush
 * resets the dictionary, so the copies stand alone), so nothing large is ever held in memory.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib'

const MB = 1024 * 1024

/** The archive bytes; `declaredBytes` overrides the size the headers state (a lying bomb). */
export function zipBomb(megabytes: number, declaredBytes = megabytes * MB): Uint8Array {
  const zeros = Buffer.alloc(MB)
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH })
  const end = deflateRawSync(Buffer.alloc(0))
  let crc = 0
  for (let i = 0; i < megabytes; i++) crc = crc32(zeros, crc)
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => block), end])
  const name = Buffer.from('notebook/bomb-0000000000.md')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(declaredBytes, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(declaredBytes, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42) // local header offset
  const centralAt = local.length + name.length + data.length
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(1, 8)
  eocd.writeUInt16LE(1, 10)
  eocd.writeUInt32LE(central.length + name.length, 12)
  eocd.writeUInt32LE(centralAt, 16)
  return Buffer.concat([local, name, data, central, name, eocd])
}
