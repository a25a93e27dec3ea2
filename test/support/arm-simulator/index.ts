export { startArmSimulator } from './arm-simulator.js'
export { armClientOptions, credentialOptions } from './client-options.js'
export { seedFromFile } from './seed-file.js'
export type {
  ArmSimulator,
  ArmSimulatorOptions,
  FaultKind,
  FaultSpec,
  RequestLogEntry,
  TokenRequestEntry,
} from './types.js'
