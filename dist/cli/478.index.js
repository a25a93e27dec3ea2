export const id = 478;
export const ids = [478];
export const modules = {

/***/ 78612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isDnsLabel),
/* harmony export */   s: () => (/* binding */ isDnsSubdomain)
/* harmony export */ });
/**
 * Kubernetes object names (apimachinery's validation): namespaces are DNS-1123 labels, pods and
 * workloads DNS-1123 subdomains. Neither can hold `/` or `..`, so a checked name is safe as a
 * path segment.
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A DNS-1123 label: at most 63 lower-case letters, digits and '-', alphanumeric at both ends. */
function isDnsLabel(name) {
    return name.length <= 63 && DNS_LABEL.test(name);
}
/** A DNS-1123 subdomain: at most 253 characters, DNS labels joined by '.'. */
function isDnsSubdomain(name) {
    return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}


/***/ }),

/***/ 95066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ toPodView)
/* harmony export */ });
const PROBE_KINDS = [
    ['liveness', 'livenessProbe'],
    ['readiness', 'readinessProbe'],
    ['startup', 'startupProbe'],
];
function containerView(container) {
    const env = {};
    for (const variable of container.env ?? []) {
        if (variable.value !== undefined)
            env[variable.name] = variable.value;
    }
    return {
        name: container.name,
        ...(container.restartPolicy !== undefined ? { restartPolicy: container.restartPolicy } : {}),
        env,
        ...(container.args !== undefined ? { args: [...container.args] } : {}),
    };
}
/** The HTTP probes of a container, with named ports resolved against its own ports. */
function httpProbes(container) {
    return PROBE_KINDS.flatMap(([kind, field]) => {
        const httpGet = container[field]?.httpGet;
        if (httpGet === undefined)
            return [];
        const port = typeof httpGet.port === 'number'
            ? httpGet.port
            : /^\d+$/.test(httpGet.port)
                ? Number(httpGet.port)
                : container.ports?.find(p => p.name === httpGet.port)?.containerPort;
        return [{ kind, container: container.name, port, path: httpGet.path ?? '/' }];
    });
}
/** Maps a Kubernetes Pod (from the API or `kubectl get pods -o json`) to the port's view. */
function toPodView(pod) {
    const { metadata, spec, status } = pod;
    const owners = [...(metadata.ownerReferences ?? [])].sort((a, b) => Number(b.controller === true) - Number(a.controller === true));
    const containers = spec.containers ?? [];
    const initContainers = spec.initContainers ?? [];
    return {
        name: metadata.name,
        namespace: metadata.namespace ?? '',
        labels: { ...metadata.labels },
        annotations: { ...metadata.annotations },
        owners: owners.map(o => ({ kind: o.kind, name: o.name })),
        containers: containers.map(containerView),
        initContainers: initContainers.map(containerView),
        httpProbes: [...containers, ...initContainers].flatMap(httpProbes),
        hostNetwork: spec.hostNetwork === true,
        phase: status?.phase ?? 'Unknown',
        terminating: metadata.deletionTimestamp !== undefined,
        ready: (status?.conditions ?? []).some(c => c.type === 'Ready' && c.status === 'True'),
    };
}


/***/ }),

/***/ 79478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSavedScrapesCluster: () => (/* binding */ createSavedScrapesCluster)
/* harmony export */ });
/* unused harmony export savedScrapePath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78612);
/* harmony import */ var _pod_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95066);





/** The file a pod's saved scrape is read from: `NAMESPACE/POD.prom` below the folder. */
function savedScrapePath(dir, namespace, pod) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, namespace, `${pod}.prom`);
}
async function readPods(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pods.json');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`The saved scrapes folder '${dir}' has no readable pods.json (${error.message}); save the pod list with 'kubectl get pods -A -o json > pods.json'.`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`'${file}' is not JSON; save it with 'kubectl get pods -A -o json > pods.json'.`);
    }
    const items = typeof doc === 'object' && doc !== null && 'items' in doc && Array.isArray(doc.items)
        ? doc.items
        : typeof doc === 'object' && doc !== null && 'kind' in doc && doc.kind === 'Pod'
            ? [doc]
            : undefined;
    if (items === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`'${file}' is neither a pod list nor a pod; save it with 'kubectl get pods -A -o json > pods.json'.`);
    }
    return items.map((item, index) => {
        const pod = item;
        if (typeof pod.metadata?.name !== 'string' || typeof pod.spec !== 'object') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`'${file}': item ${index + 1} is not a pod (no metadata.name or spec).`);
        }
        // The names become file paths below the folder: only real Kubernetes names may.
        const namespace = pod.metadata.namespace ?? '';
        if (!(0,_core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isDnsLabel */ .C)(namespace) || !(0,_core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isDnsSubdomain */ .s)(pod.metadata.name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`'${file}': item ${index + 1} has namespace ${JSON.stringify(namespace)} and name ${JSON.stringify(pod.metadata.name)}; a pod needs a namespace that is a DNS-1123 label and a name that is a DNS-1123 subdomain (as 'kubectl get pods -A -o json' writes them).`);
        }
        return (0,_pod_view_js__WEBPACK_IMPORTED_MODULE_4__/* .toPodView */ .g)(pod);
    });
}
/**
 * A read-only cluster over saved scrapes (the CLI's `--from-scrapes DIR`): `pods.json` as
 * `kubectl get pods -o json` prints it, and one `NAMESPACE/POD.prom` per pod. Its helm and
 * kubectl operations refuse: nothing is ever changed from saved data.
 */
/** An equality label selector (`app=web,tier=front`); undefined or empty matches every pod. */
function matchesEqualitySelector(labels, selector) {
    return (selector ?? '')
        .split(',')
        .map(term => term.trim())
        .filter(term => term !== '')
        .every(term => {
        const [key = '', value = ''] = term.split('=', 2);
        return labels[key.trim()] === value.trim();
    });
}
async function createSavedScrapesCluster(folder) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder);
    const pods = await readPods(dir);
    const refuse = () => Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionError */ .Rb(`Saved scrapes in '${dir}' are read-only.`));
    const read = async (namespace, name) => {
        const path = savedScrapePath(dir, namespace, name);
        try {
            const [text, info] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)]);
            return { ok: true, text, scrapedAt: info.mtime };
        }
        catch (error) {
            return {
                ok: false,
                problem: 'not-found',
                message: `no saved scrape '${path}' (${error.code ?? error.message})`,
            };
        }
    };
    const reader = {
        listPods: (namespace, labelSelector) => Promise.resolve(pods.filter(p => (namespace === undefined || p.namespace === namespace) &&
            matchesEqualitySelector(p.labels, labelSelector))),
        scrapeProxies: async (targets, _options, onScrape) => {
            for (const target of targets)
                onScrape(target, await read(target.namespace, target.name));
        },
        readIdentityIssuer: () => Promise.resolve({
            ok: false,
            message: "saved scrapes hold no issuer certificate: give its expiry with 'issuer-expires-at' instead",
        }),
        describeSource: () => Promise.resolve({ kind: 'saved-scrapes', location: dir }),
    };
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
    };
}


/***/ })

};
