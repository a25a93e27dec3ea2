import type { CloudName } from '../core/common-inputs.js'

/** An Azure cloud: where ARM and Entra live, and the audience of federated tokens. */
export interface Cloud {
  readonly name: string
  /** ARM endpoint without a trailing slash. */
  readonly armEndpoint: string
  readonly authorityHost: string
  /** Audience for workload identity federation tokens (GitHub OIDC). */
  readonly tokenExchangeAudience: string
  /** Custom clouds skip Entra instance discovery, which only knows the public authorities. */
  readonly isCustom: boolean
}

const KNOWN: Record<CloudName, Cloud> = {
  AzureCloud: {
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    tokenExchangeAudience: 'api://AzureADTokenExchange',
    isCustom: false,
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
    isCustom: false,
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
    isCustom: false,
  },
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

export function knownCloud(name: CloudName): Cloud {
  return KNOWN[name]
}

/** Finds the known cloud whose ARM endpoint this is, or describes a custom one. */
export function cloudForEndpoint(armEndpoint: string, authorityHost?: string): Cloud {
  const arm = trimSlash(armEndpoint)
  const known = Object.values(KNOWN).find(c => c.armEndpoint.toLowerCase() === arm.toLowerCase())
  if (known && (authorityHost === undefined || trimSlash(authorityHost) === known.authorityHost)) {
    return known
  }
  return {
    name: 'Custom',
    armEndpoint: arm,
    authorityHost: trimSlash(authorityHost ?? KNOWN.AzureCloud.authorityHost),
    tokenExchangeAudience: KNOWN.AzureCloud.tokenExchangeAudience,
    isCustom: true,
  }
}

/** The token scope for ARM in this cloud. Passed explicitly: the SDK defaults to public ARM. */
export function armScope(cloud: Cloud): string {
  return `${cloud.armEndpoint}/.default`
}
