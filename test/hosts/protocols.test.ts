import { describe, expect, it } from '@jest/globals'
import * as ado from '../../src/hosts/azure-pipelines/protocol.js'
import * as gh from '../../src/hosts/github/protocol.js'
import { GithubInputs } from '../../src/hosts/github/adapters.js'
import { parseGithubOutputFile, parseVso } from '../support/bundles.js'

describe('GitHub workflow commands', () => {
  it.each([
    ['error', 'line 1\nline 2 100%', {}, '::error::line 1%0Aline 2 100%25'],
    ['add-mask', 'p@ss\r', {}, '::add-mask::p@ss%0D'],
    ['set-output', 'v', { name: 'a:b,c' }, '::set-output name=a%3Ab%2Cc::v'],
    ['group', 'observe', {}, '::group::observe'],
  ])('GIVEN %s %j WHEN written THEN the runner reads %s', (name, message, props, expected) => {
    expect(gh.workflowCommand(name, message, props)).toBe(expected)
  })

  it('GIVEN a multi-line output WHEN written to GITHUB_OUTPUT THEN a delimited block round-trips', () => {
    const entry = gh.fileCommandEntry('plan', '{\n  "a": 1\n}')
    expect(entry).toMatch(/^plan<<ghadelimiter_[0-9a-f-]{36}\n/)
    expect(parseGithubOutputFile(entry)).toEqual({ plan: '{\n  "a": 1\n}' })
  })

  it('GIVEN runner env vars WHEN inputs are read THEN hyphens are kept, names upper-cased and values trimmed', () => {
    expect(gh.inputVariable('cluster-subnet-id')).toBe('INPUT_CLUSTER-SUBNET-ID')
    const inputs = new GithubInputs({
      'INPUT_CLUSTER-SUBNET-ID': '  /x \n',
      'INPUT_PLAN-FILE': '   ',
    })
    expect(inputs.get('cluster-subnet-id')).toBe('/x')
    expect(inputs.get('plan-file')).toBeUndefined()
  })
})

describe('Azure Pipelines logging commands', () => {
  it.each([
    [
      'task.complete',
      'bad;input]\n50%',
      { result: 'Failed' },
      '##vso[task.complete result=Failed;]bad;input]%0A50%AZP25',
    ],
    [
      'task.setvariable',
      'a;b',
      { variable: 'x]y', isOutput: 'true' },
      '##vso[task.setvariable variable=x%5Dy;isOutput=true;]a;b',
    ],
    ['task.debug', 'hello', {}, '##vso[task.debug]hello'],
  ])('GIVEN %s %j WHEN written THEN the agent reads %s', (command, message, props, expected) => {
    const line = ado.loggingCommand(command, message, props)
    expect(line).toBe(expected)
    expect(parseVso(line)).toEqual([{ command, properties: props, message }])
  })

  it('GIVEN agent env vars WHEN snapshotted THEN inputs and endpoints are read the way task-lib keys them', () => {
    const agent = new ado.AgentEnvironment({
      INPUT_CLUSTERSUBNETID: ' /x ',
      ENDPOINT_AUTH_SCHEME_conn: 'ServicePrincipal',
      ENDPOINT_AUTH_PARAMETER_conn_SERVICEPRINCIPALID: 'client',
      ENDPOINT_DATA_conn_SUBSCRIPTIONID: 'sub',
      ENDPOINT_URL_conn: 'https://management.azure.com/',
      OTHER: 'ignored',
    })
    expect(agent.input('clusterSubnetId')).toBe('/x')
    expect(agent.endpointScheme('conn')).toBe('ServicePrincipal')
    expect(agent.endpointAuth('conn', 'serviceprincipalid')).toBe('client')
    expect(agent.endpointData('conn', 'subscriptionId')).toBe('sub')
    expect(agent.endpointUrl('conn')).toBe('https://management.azure.com/')
  })
})
