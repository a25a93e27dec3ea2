#!/usr/bin/env node
// The CLI runs from its committed bundle, so `npx aks-secure-networking` needs no build step.
await import('../dist/cli/index.js')
