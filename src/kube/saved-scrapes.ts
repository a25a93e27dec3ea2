import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type {
  Cluster,
  ClusterSource,
  IssuerReader,
  PodReader,
  PodView,
  ProxyScrape,
} from '../core/cluster.js'
import { PreconditionError } from '../core/errors.js'
import { isDnsLabel, isDnsSubdomain } from '../core/inputs/kubernetes-names.js'
import type { Pod } from './kube-types.js'
import { toPodView } from './pod-view.js'

/** The file a pod's saved scrape is read from: `NAMESPACE/POD.prom` below the folder. */
export function savedScrapePath(dir: string, namespace: string, pod: string): string {
  return join(dir, namespace, `${pod}.prom`)
}

async function readPods(dir: string): Promise<PodView[]> {
  const file = join(dir, 'pods.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new PreconditionError(
      `The saved scrapes folder '${dir}' has no readable pods.json (${(error as Error).message}); save the pod list with 'kubectl get pods -A -o json > pods.json'.`,
    )
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new PreconditionError(
      `'${file}' is not JSON; save it with 'kubectl get pods -A -o json > pods.json'.`,
    )
  }
  const items =
    typeof doc === 'object' && doc !== null && 'items' in doc && Array.isArray(doc.items)
      ? (doc.items as unknown[])
      : typeof doc === 'object' && doc !== null && 'kind' in doc && doc.kind === 'Pod'
        ? [doc]
        : undefined
  if (items === undefined) {
    throw new PreconditionError(
      `'${file}' is neither a pod list nor a pod; save it with 'kubectl get pods -A -o json > pods.json'.`,
    )
  }
  return items.map((item, index) => {
    const pod = item as Partial<Pod>
    if (typeof pod.metadata?.name !== 'string' || typeof pod.spec !== 'object') {
      throw new PreconditionError(
        `'${file}': item ${index + 1} is not a pod (no metadata.name or spec).`,
      )
    }
    // The names become file paths below the folder: only real Kubernetes names may.
    const namespace = pod.metadata.namespace ?? ''
    if (!isDnsLabel(namespace) || !isDnsSubdomain(pod.metadata.name)) {
      throw new PreconditionError(
        `'${file}': item ${index + 1} has namespace ${JSON.stringify(namespace)} and name ${JSON.stringify(pod.metadata.name)}; a pod needs a namespace that is a DNS-1123 label and a name that is a DNS-1123 subdomain (as 'kubectl get pods -A -o json' writes them).`,
      )
    }
    return toPodView(pod as Pod)
  })
}

/**
 * A read-only cluster over saved scrapes (the CLI's `--from-scrapes DIR`): `pods.json` as
 * `kubectl get pods -o json` prints it, and one `NAMESPACE/POD.prom` per pod. Its helm and
 * kubectl operations refuse: nothing is ever changed from saved data.
 */

/** An equality label selector (`app=web,tier=front`); undefined or empty matches every pod. */
function matchesEqualitySelector(
  labels: Readonly<Record<string, string>>,
  selector: string | undefined,
): boolean {
  return (selector ?? '')
    .split(',')
    .map(term => term.trim())
    .filter(term => term !== '')
    .every(term => {
      const [key = '', value = ''] = term.split('=', 2)
      return labels[key.trim()] === value.trim()
    })
}

export async function createSavedScrapesCluster(folder: string): Promise<Cluster> {
  const dir = resolve(folder)
  const pods = await readPods(dir)
  const refuse = (): Promise<never> =>
    Promise.reject(new PreconditionError(`Saved scrapes in '${dir}' are read-only.`))
  const read = async (namespace: string, name: string): Promise<ProxyScrape> => {
    const path = savedScrapePath(dir, namespace, name)
    try {
      const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
      return { ok: true, text, scrapedAt: info.mtime }
    } catch (error) {
      return {
        ok: false,
        problem: 'not-found',
        message: `no saved scrape '${path}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      }
    }
  }
  const reader: PodReader & IssuerReader = {
    listPods: (namespace, labelSelector) =>
      Promise.resolve(
        pods.filter(
          p =>
            (namespace === undefined || p.namespace === namespace) &&
            matchesEqualitySelector(p.labels, labelSelector),
        ),
      ),
    scrapeProxies: async (targets, _options, onScrape) => {
      for (const target of targets) onScrape(target, await read(target.namespace, target.name))
    },
    readIdentityIssuer: () =>
      Promise.resolve({
        ok: false,
        message:
          "saved scrapes hold no issuer certificate: give its expiry with 'issuer-expires-at' instead",
      }),
    describeSource: (): Promise<ClusterSource> =>
      Promise.resolve({ kind: 'saved-scrapes', location: dir }),
  }
  // Everything but the pod reads is refused: saved scrapes cannot be changed or asked more.
  return {
    ...reader,
    helmRelease: refuse,
    helmUpgradeInstall: refuse,
    getService: refuse,
    getIngress: refuse,
    getCustomObject: refuse,
    applyManifests: refuse,
    kubernetesVersion: refuse,
    getCustomResourceDefinition: refuse,
    listNodes: refuse,
    getNamespace: refuse,
    listWorkloads: refuse,
    restartWorkload: refuse,
    waitForRollout: refuse,
  }
}
