import { describe, expect, it } from '@jest/globals'
import type { ContainerView, PodView } from '../../../../src/core/cluster.js'
import { controlPlaneNamespace } from '../../../../src/steps/verify-encryption/observe.js'
import { argumentValue, describePod } from '../../../../src/steps/verify-encryption/pods.js'
import { linkerdInitArgs } from '../../../support/cluster/simulated-linkerd.js'

const PROXY: ContainerView = { name: 'linkerd-proxy', restartPolicy: 'Always', env: {} }

/** linkerd-init as the injector renders it with Linkerd's default values (mesh.md 1.3). */
function proxyInit(...extra: string[]): ContainerView {
  return {
    name: 'linkerd-init',
    env: {},
    args: linkerdInitArgs(...extra),
  }
}

function podView(overrides: Partial<PodView> = {}): PodView {
  return {
    name: 'web-1',
    namespace: 'shop',
    labels: {},
    annotations: {},
    owners: [],
    containers: [{ name: 'web', env: {} }],
    initContainers: [proxyInit(), PROXY],
    httpProbes: [],
    hostNetwork: false,
    phase: 'Running',
    ready: true,
    terminating: false,
    ...overrides,
  }
}

describe('describePod: traffic that bypasses the proxy', () => {
  it("GIVEN linkerd-init with Linkerd's default ignore lists WHEN described THEN 4567 and 4568 skip the proxy both ways, and the proxy's own ports 4190 and 4191 are not reported", () => {
    const pod = describePod(podView())
    expect(pod.skipped).toEqual([
      ...['4567', '4568'].map(ports => ({
        direction: 'inbound',
        ports,
        range: { from: Number(ports), to: Number(ports) },
        sources: ['linkerd-init --inbound-ports-to-ignore'],
      })),
      ...['4567', '4568'].map(ports => ({
        direction: 'outbound',
        ports,
        range: { from: Number(ports), to: Number(ports) },
        sources: ['linkerd-init --outbound-ports-to-ignore'],
      })),
    ])
    expect(pod.skippedSubnets).toEqual([])
  })

  it('GIVEN a skip annotation that the injector also copied into the args WHEN described THEN each port is reported once, with both sources', () => {
    const pod = describePod(
      podView({
        annotations: { 'config.linkerd.io/skip-outbound-ports': '25, 3306-3310,smtp' },
        initContainers: [
          { ...proxyInit(), args: ['--outbound-ports-to-ignore=25,3306-3310,4567'] },
          PROXY,
        ],
      }),
    )
    expect(pod.skipped.map(s => [s.direction, s.ports, s.range === undefined, s.sources])).toEqual([
      [
        'outbound',
        '25',
        false,
        ['config.linkerd.io/skip-outbound-ports', 'linkerd-init --outbound-ports-to-ignore'],
      ],
      [
        'outbound',
        '3306-3310',
        false,
        ['config.linkerd.io/skip-outbound-ports', 'linkerd-init --outbound-ports-to-ignore'],
      ],
      ['outbound', 'smtp', true, ['config.linkerd.io/skip-outbound-ports']],
      ['outbound', '4567', false, ['linkerd-init --outbound-ports-to-ignore']],
    ])
  })

  it('GIVEN skip-subnets as an annotation and in the args WHEN described THEN each subnet is reported once, with its sources', () => {
    const pod = describePod(
      podView({
        annotations: { 'config.linkerd.io/skip-subnets': '10.1.0.0/16' },
        initContainers: [proxyInit('--subnets-to-ignore', '10.1.0.0/16,192.168.0.0/24'), PROXY],
      }),
    )
    expect(pod.skippedSubnets).toEqual([
      {
        subnet: '10.1.0.0/16',
        sources: ['config.linkerd.io/skip-subnets', 'linkerd-init --subnets-to-ignore'],
      },
      { subnet: '192.168.0.0/24', sources: ['linkerd-init --subnets-to-ignore'] },
    ])
  })

  it('GIVEN CNI mode (no linkerd-init) and no annotations WHEN described THEN nothing is reported from the pod', () => {
    const pod = describePod(
      podView({ initContainers: [{ name: 'linkerd-network-validator', env: {} }, PROXY] }),
    )
    expect([pod.skipped, pod.skippedSubnets]).toEqual([[], []])
  })
})

describe('argumentValue', () => {
  it.each([
    [['--a', '1', '--b', '2'], '--b', '2'],
    [['--b=3'], '--b', '3'],
    [['--b', '1', '--b=4'], '--b', '4'],
    [['--bb', '1'], '--b', undefined],
    [['--b'], '--b', undefined],
  ])('GIVEN %j WHEN %s is read THEN %s', (args, flag, value) => {
    expect(argumentValue(args, flag)).toBe(value)
  })
})

describe('controlPlaneNamespace', () => {
  it.each([
    [[], 'linkerd'],
    [['linkerd'], 'linkerd'],
    [['mesh', 'mesh', 'linkerd'], 'mesh'],
    [['b', 'a'], 'a'],
  ])('GIVEN meshed pods labelled %j WHEN read THEN the control plane is in %s', (labels, ns) => {
    const views = labels.map(l => podView({ labels: { 'linkerd.io/control-plane-ns': l } }))
    expect(controlPlaneNamespace(views)).toBe(ns)
  })
})

describe('describePod: the workload', () => {
  it.each([
    [
      'a ReplicaSet of a Deployment',
      { labels: { 'pod-template-hash': '5d9f' } },
      { kind: 'ReplicaSet', name: 'web-5d9f' },
      'web',
      'Deployment',
    ],
    [
      "a CronJob's Job (the controller's <cronjob>-<minutes> name)",
      {},
      { kind: 'Job', name: 'nightly-report-29412345' },
      'nightly-report',
      'CronJob',
    ],
    ['a Job named by hand', {}, { kind: 'Job', name: 'migrate-2' }, 'migrate-2', 'Job'],
    [
      'a Job whose suffix is not 8 digits',
      {},
      { kind: 'Job', name: 'backup-123456789' },
      'backup-123456789',
      'Job',
    ],
    [
      'a Job with a name too long for a CronJob',
      {},
      { kind: 'Job', name: `${'a'.repeat(53)}-29412345` },
      `${'a'.repeat(53)}-29412345`,
      'Job',
    ],
    ['a StatefulSet', {}, { kind: 'StatefulSet', name: 'db' }, 'db', 'StatefulSet'],
    ['no owner', {}, undefined, 'web-1', 'Pod'],
  ])(
    'GIVEN a pod owned by %s WHEN described THEN its workload is the stable name',
    (_what, overrides, owner, workload, workloadKind) => {
      const pod = describePod(podView({ ...overrides, owners: owner === undefined ? [] : [owner] }))
      expect({ workload: pod.workload, workloadKind: pod.workloadKind }).toEqual({
        workload,
        workloadKind,
      })
    },
  )
})
