/**
 * A small reader for the ZIP files tfx writes (.vsix): the central directory, then each entry,
 * stored or deflated. No ZIP64, encryption or multi-disk archives (a .vsix uses none).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, normalize, sep } from 'node:path'
import { inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  readonly name: string
  readonly data: Buffer
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_FILE_HEADER = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50

export function readZip(file: string): ZipEntry[] {
  const zip = readFileSync(file)
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--
  if (end < 0) throw new Error(`${file}: not a ZIP file (no end of central directory)`)
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      throw new Error(`${file}: bad central directory entry ${i}`)
    const method = zip.readUInt16LE(offset + 10)
    const compressedSize = zip.readUInt32LE(offset + 20)
    const size = zip.readUInt32LE(offset + 24)
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    const local = zip.readUInt32LE(offset + 42)
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength)
    offset += 46 + nameLength + extraLength + commentLength
    if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER)
      throw new Error(`${file}: bad local header for ${name}`)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + compressedSize)
    if (method !== 0 && method !== 8)
      throw new Error(`${file}: ${name} uses compression method ${method}`)
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw)
    if (data.length !== size)
      throw new Error(`${file}: ${name} inflated to ${data.length} bytes, not ${size}`)
    entries.push({ name, data })
  }
  return entries
}

/** Writes every file entry under `target`; refuses names that would land outside it. */
export function extractZip(file: string, target: string): string[] {
  const names: string[] = []
  for (const entry of readZip(file)) {
    if (entry.name.endsWith('/')) continue
    const path = normalize(join(target, entry.name))
    if (!path.startsWith(normalize(target) + sep))
      throw new Error(`${file}: entry ${entry.name} escapes the folder`)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, entry.data)
    names.push(entry.name)
  }
  return names
}
