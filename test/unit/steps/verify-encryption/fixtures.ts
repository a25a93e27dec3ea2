import { readFileSync } from 'node:fs'
import type { PodInfo } from '../../../../src/steps/verify-encryption/pods.js'

/** The real proxy scrapes in ../shared/fixtures/linkerd/ (see its SOURCE.md). */
export function linkerdFixture(name: string): string {
  return readFileSync(
    new URL(`../../../../../shared/fixtures/linkerd/${name}`, import.meta.url),
    'utf8',
  )
}

export function podInfo(overrides: Partial<PodInfo> = {}): PodInfo {
  return {
    namespace: 'shop',
    name: 'web-7d4b9c-abcde',
    workload: 'web',
    workloadKind: 'Deployment',
    proxy: 'native-sidecar',
    phase: 'Running',
    hostNetwork: false,
    skipped: [],
    skippedSubnets: [],
    probePaths: new Map(),
    ...overrides,
  }
}
