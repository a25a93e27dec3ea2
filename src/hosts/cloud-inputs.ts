import { cloudForEndpoint, knownCloud, type Cloud } from '../azure/clouds.js'
import { CLOUD_NAMES, type CloudName } from '../core/common-inputs.js'
import { parseChoice } from '../core/inputs/choice.js'
import { fail, ok, type Parsed } from '../core/inputs/parsed.js'
import type { SpecReader } from '../core/spec-reader.js'

const parseCloudName = parseChoice<CloudName>(CLOUD_NAMES)

export function parseHttpsUrl(raw: string): Parsed<string> {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'https:')
      return fail('must be an https:// URL, like https://management.local.azurestack.external')
    return ok(url.toString().replace(/\/+$/, ''))
  } catch {
    return fail(
      'must be an absolute https:// URL, like https://management.local.azurestack.external',
    )
  }
}

/** Reads the cloud from `environment`, or a custom one from `arm-endpoint`/`authority-host`. */
export function readCloud(reader: SpecReader): Cloud | undefined {
  const name = reader.optional('environment', parseCloudName)
  const armEndpoint = reader.optional('arm-endpoint', parseHttpsUrl)
  const authorityHost = reader.optional('authority-host', parseHttpsUrl)
  if (armEndpoint !== undefined) return cloudForEndpoint(armEndpoint, authorityHost)
  if (authorityHost !== undefined) {
    reader.problem(
      'authority-host',
      authorityHost,
      `is only used with '${reader.name('arm-endpoint')}'; set both for a custom cloud, or neither.`,
    )
  }
  return name === undefined ? undefined : knownCloud(name)
}
