import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { SecretFiles } from '../core/ports.js'

/** The SecretFiles port over node:fs, relative paths against the host's working directory. */
export class NodeSecretFiles implements SecretFiles {
  constructor(private readonly workingDirectory: string) {}

  resolve(path: string): string {
    return resolve(this.workingDirectory, path)
  }

  async read(path: string): Promise<string | undefined> {
    try {
      return await readFile(this.resolve(path), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async create(path: string, content: string): Promise<boolean> {
    const full = this.resolve(path)
    await mkdir(dirname(full), { recursive: true })
    try {
      // 'wx' fails when the file exists, so an earlier key is never overwritten.
      await writeFile(full, content, { encoding: 'utf8', mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw error
    }
    // The mode given to writeFile is filtered by the umask; make it exact.
    await chmod(full, 0o600)
    return true
  }
}
