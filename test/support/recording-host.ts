/** An in-process Host for component tests: real ports where they matter, captured output. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cloudForEndpoint } from '../../src/azure/clouds.js'
import type { CredentialRequest } from '../../src/azure/credential-request.js'
import type { CommonSpec } from '../../src/core/common-inputs.js'
import type { HostKind } from '../../src/core/manifest.js'
import type { Log } from '../../src/core/ports.js'
import type { SpecReader } from '../../src/core/spec-reader.js'
import { loadAzure } from '../../src/hosts/azure-loader.js'
import type { AzureConnection, Host } from '../../src/hosts/host.js'
import { NodeExec } from '../../src/hosts/node-exec.js'
import { NodeSecretFiles } from '../../src/hosts/node-secret-files.js'

/** A Log that drops everything, for adapters under test. */
export const silentLog: Log = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
}

export interface RecordingHost extends Host {
  readonly logs: string[]
  readonly outputValues: Record<string, string>
  readonly summaries: string[]
  readonly masked: string[]
  readonly failures: string[]
  readonly slept: number[]
}

export function recordingHost(options: {
  inputs: Record<string, string>
  armEndpoint?: string
  credential?: CredentialRequest
  kind?: HostKind
  trustedCaPem?: string
  tempDirectory?: string
  workingDirectory?: string
  /** A host like the bundle of a cluster-only step: no Azure loader. */
  withoutAzure?: boolean
}): RecordingHost {
  const logs: string[] = []
  const outputValues: Record<string, string> = {}
  const summaries: string[] = []
  const masked: string[] = []
  const failures: string[] = []
  const slept: number[] = []
  const workingDirectory = options.workingDirectory ?? mkdtempSync(join(tmpdir(), 'asn-host-'))
  const push = (level: string) => (message: string) => void logs.push(`${level}: ${message}`)
  return {
    kind: options.kind ?? 'github',
    inputs: { get: id => options.inputs[id] },
    log: {
      debug: push('debug'),
      info: push('info'),
      warn: push('warn'),
      error: push('error'),
      group: async (title, fn) => {
        logs.push(`group: ${title}`)
        return fn()
      },
    },
    outputs: { set: (id, value) => void (outputValues[id] = value) },
    summary: {
      write: md => {
        summaries.push(md)
        return Promise.resolve()
      },
    },
    secrets: { mask: value => void masked.push(value) },
    exec: new NodeExec(),
    clock: {
      now: () => new Date(),
      sleep: ms => {
        slept.push(ms)
        return Promise.resolve()
      },
    },
    readAzureConnection: (_reader: SpecReader, common: CommonSpec): AzureConnection | undefined =>
      common.offline || !options.armEndpoint || !options.credential
        ? undefined
        : {
            cloud: cloudForEndpoint(options.armEndpoint, options.armEndpoint),
            credential: options.credential,
            ...(options.trustedCaPem ? { trustedCaPem: options.trustedCaPem } : {}),
          },
    ...(options.withoutAzure === true ? {} : { loadAzure }),
    fail: message => void failures.push(message),
    succeed: () => undefined,
    files: new NodeSecretFiles(workingDirectory),
    workingDirectory,
    tempDirectory: options.tempDirectory ?? mkdtempSync(join(tmpdir(), 'asn-temp-')),
    logs,
    outputValues,
    summaries,
    masked,
    failures,
    slept,
  }
}
