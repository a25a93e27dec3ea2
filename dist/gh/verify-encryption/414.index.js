export const id = 414;
export const ids = [414,598];
export const modules = {

/***/ 9414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCluster: () => (/* binding */ createCluster)
});

// UNUSED EXPORTS: appliedAnnotations, toNamespaceView, toServiceView, toWorkloadView

// EXTERNAL MODULE: ./src/core/cluster.ts
var core_cluster = __webpack_require__(7113);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/kube/tool-command.ts


/** How to get each external program the kube adapters run, for "not found" messages. */
const INSTALL_HINTS = {
    helm: "install Helm 3 (https://helm.sh/docs/intro/install/); on GitHub use 'azure/setup-helm', " +
        "on Azure Pipelines the 'HelmInstaller@1' task",
    kubectl: "install kubectl (https://kubernetes.io/docs/tasks/tools/ or 'az aks install-cli'); on GitHub " +
        "use 'azure/setup-kubectl', on Azure Pipelines the 'KubectlInstaller@0' task",
    kubelogin: "install kubelogin ('az aks install-cli' or https://azure.github.io/kubelogin/); on GitHub " +
        "use 'azure/use-kubelogin'",
};
const STDERR_TAIL_LINES = 20;
const STDERR_TAIL_CHARS = 2000;
/** The command line as shown in messages: argv only (values travel on stdin, not here). */
function formatCommand(tool, args) {
    return [tool, ...args].join(' ');
}
/** The last lines of a tool's stderr, bounded, for error messages. */
function stderrTail(stderr) {
    const lines = stderr.trimEnd().split(/\r?\n/);
    const tail = lines.slice(-STDERR_TAIL_LINES).join('\n');
    return tail.length > STDERR_TAIL_CHARS ? `…${tail.slice(-STDERR_TAIL_CHARS)}` : tail;
}
/** A program ran but failed. The message names the command and ends with its stderr tail. */
class tool_command_ToolCommandError extends Error {
    tool;
    exitCode;
    stderr;
    constructor(tool, args, result) {
        const tail = stderrTail(result.stderr);
        super(`'${formatCommand(tool, args)}' failed with exit code ${result.exitCode}` +
            (tail ? `: ${tail}` : ' and printed nothing on stderr'));
        this.name = 'ToolCommandError';
        this.tool = tool;
        this.exitCode = result.exitCode;
        this.stderr = result.stderr;
    }
}
function isMissingTool(result) {
    return result.exitCode === 127;
}
function missingToolError(tool) {
    const hint = INSTALL_HINTS[(0,external_node_path_.basename)(tool)] ?? `install '${tool}' and put it on PATH`;
    return new errors/* PreconditionError */.Rb(`'${tool}' was not found on PATH; ${hint}.`);
}
/**
 * Runs one program through the Exec port. A missing program (exit code 127, or an Exec that
 * throws ENOENT) becomes a PreconditionError; any exit code outside `okExitCodes` a
 * ToolCommandError.
 */
async function tool_command_runTool(exec, command) {
    const okExitCodes = command.okExitCodes ?? [0];
    let result;
    try {
        result = await exec.run(command.tool, command.args, {
            ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
            ...(command.env ? { env: command.env } : {}),
            okExitCodes,
        });
    }
    catch (error) {
        if (isErrnoException(error) && error.code === 'ENOENT')
            throw missingToolError(command.tool);
        throw error;
    }
    if (isMissingTool(result))
        throw missingToolError(command.tool);
    if (!okExitCodes.includes(result.exitCode)) {
        throw new tool_command_ToolCommandError(command.tool, command.args, result);
    }
    return result;
}
function isErrnoException(error) {
    return error instanceof Error && 'code' in error;
}

;// CONCATENATED MODULE: ./src/kube/helm.ts


const HELM = 'helm';
function kubeconfigArgs(kubeconfig) {
    return kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig];
}
/** argv for `helm upgrade --install`, values read from stdin. */
function buildHelmUpgradeInstallArgs(options) {
    return [
        'upgrade',
        '--install',
        options.release,
        options.chart,
        '--version',
        options.version,
        '--namespace',
        options.namespace,
        ...(options.createNamespace ? ['--create-namespace'] : []),
        ...(options.repo === undefined ? [] : ['--repo', options.repo]),
        '--values',
        '-',
        ...(options.waitTimeoutSeconds === undefined
            ? []
            : ['--wait', '--timeout', `${options.waitTimeoutSeconds}s`]),
        ...kubeconfigArgs(options.kubeconfig),
    ];
}
function buildHelmStatusArgs(release, namespace, target = {}) {
    return [
        'status',
        release,
        '--namespace',
        namespace,
        '-o',
        'json',
        ...kubeconfigArgs(target.kubeconfig),
    ];
}
function buildHelmGetValuesArgs(release, namespace, target = {}) {
    return [
        'get',
        'values',
        release,
        '--namespace',
        namespace,
        '-o',
        'json',
        ...(target.all === true ? ['--all'] : []),
        ...kubeconfigArgs(target.kubeconfig),
    ];
}
/** Installs or upgrades a release to the pinned chart version. Returns helm's stdout. */
async function helmUpgradeInstall(exec, options) {
    const result = await tool_command_runTool(exec, {
        tool: HELM,
        args: buildHelmUpgradeInstallArgs(options),
        stdin: (0,dist.stringify)(options.values),
    });
    return result.stdout;
}
function isReleaseNotFound(stderr) {
    return /release: not found/i.test(stderr);
}
/** The release as `helm status` reports it, or undefined when it is not installed. */
async function helmStatus(exec, release, namespace, target = {}) {
    const args = buildHelmStatusArgs(release, namespace, target);
    const result = await tool_command_runTool(exec, { tool: HELM, args, okExitCodes: [0, 1] });
    if (result.exitCode === 1) {
        if (isReleaseNotFound(result.stderr))
            return undefined;
        throw new tool_command_ToolCommandError(HELM, args, result);
    }
    return parseJsonOutput(args, result.stdout);
}
/** The user-supplied (or, with `all`, computed) values of a release; undefined when not installed. */
async function helmGetValues(exec, release, namespace, target = {}) {
    const args = buildHelmGetValuesArgs(release, namespace, target);
    const result = await tool_command_runTool(exec, { tool: HELM, args, okExitCodes: [0, 1] });
    if (result.exitCode === 1) {
        if (isReleaseNotFound(result.stderr))
            return undefined;
        throw new tool_command_ToolCommandError(HELM, args, result);
    }
    // A release without user values prints `null`.
    return parseJsonOutput(args, result.stdout) ?? {};
}
function parseJsonOutput(args, stdout) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        throw new Error(`'helm ${args.join(' ')}' printed output that is not JSON; is this Helm 3?`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/kube/identity-issuer.ts

/**
 * Where the certificate sits, per `identity.issuer.scheme` (mesh.md 2.3): `crt.pem` when the chart
 * renders the Secret (`linkerd.io/tls`), `tls.crt` when cert-manager or another tool owns it
 * (`kubernetes.io/tls`). The keys next to them (`key.pem`, `tls.key`) are never decoded.
 */
const CERTIFICATE_KEYS = ['crt.pem', 'tls.crt'];
/** The issuer certificate's expiry, from the Secret's certificate entry only. */
function issuerFromSecret(secret, where) {
    const key = CERTIFICATE_KEYS.find(k => secret.data?.[k] !== undefined);
    const encoded = key === undefined ? undefined : secret.data?.[key];
    if (key === undefined || encoded === undefined) {
        return {
            ok: false,
            message: `Secret '${where}' has neither 'crt.pem' nor 'tls.crt', so it holds no issuer certificate this step can read.`,
        };
    }
    const pem = Buffer.from(encoded, 'base64').toString('utf8');
    // The first certificate is the issuer's own (a tls.crt may carry its chain after it).
    const first = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem)?.[0];
    try {
        if (first === undefined)
            throw new Error('no PEM certificate');
        const certificate = new external_node_crypto_.X509Certificate(first);
        return {
            ok: true,
            notAfter: new Date(certificate.validTo),
            source: `Secret '${where}', '${key}'`,
        };
    }
    catch {
        return {
            ok: false,
            message: `Secret '${where}': '${key}' is not a PEM X.509 certificate.`,
        };
    }
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/kube/kube-api-error.ts

/** A Kubernetes API request failed with a status other than 401/403. */
class KubeApiError extends Error {
    status;
    reason;
    /** The `Retry-After` header as sent (seconds or an HTTP date), e.g. with a 429. */
    retryAfter;
    constructor(message, status, reason, retryAfter) {
        super(message);
        this.name = 'KubeApiError';
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }
}
/** How long `Retry-After` asks to wait, in ms from `now`; undefined when absent or unreadable. */
function retryAfterMs(retryAfter, now) {
    const value = retryAfter?.trim();
    if (value === undefined || value === '')
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
/**
 * A 403: the API server's authorization (RBAC) denied the request, or, for the pod proxy, the
 * pod itself answered 403 (a Linkerd proxy enforcing its inbound policy on the admin server).
 */
class KubeAccessDeniedError extends errors/* PreconditionError */.Rb {
    deniedBy;
    constructor(message, deniedBy) {
        super(message);
        this.name = 'KubeAccessDeniedError';
        this.deniedBy = deniedBy;
    }
}
/** No answer within the timeout, or the API server could not be reached at all. */
class KubeTransportError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.name = 'KubeTransportError';
        this.kind = kind;
    }
}
function parseStatusBody(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed === 'object' && parsed !== null && 'kind' in parsed) {
            if (parsed.kind === 'Status')
                return parsed;
        }
    }
    catch {
        // not JSON: a proxied answer from the pod, or an HTML error page
    }
    return undefined;
}
function describeAccess(access) {
    if (access.nonResourceUrl !== undefined)
        return `${access.verb} ${access.nonResourceUrl}`;
    const scope = access.namespace === undefined ? '' : ` in namespace '${access.namespace}'`;
    return `${access.verb} ${access.resource}${scope}`;
}
function rbacHint(access) {
    if (access.nonResourceUrl !== undefined) {
        return `Grant the identity a ClusterRole with nonResourceURLs ['${access.nonResourceUrl}'] verbs ['get'] (the built-in 'system:discovery' has it).`;
    }
    const group = access.apiGroup ?? '';
    const rule = `apiGroups ['${group}'], resources ['${access.resource}'], verbs ['${access.verb}']`;
    const binding = access.namespace === undefined
        ? 'a ClusterRole + ClusterRoleBinding'
        : `a Role + RoleBinding in namespace '${access.namespace}' (or a ClusterRole bound there)`;
    const check = `Check with 'kubectl auth can-i ${access.verb} ${access.resource.split('/')[0] ?? ''}` +
        (access.resource.includes('/') ? ` --subresource=${access.resource.split('/')[1] ?? ''}` : '') +
        (access.namespace === undefined ? ' --all-namespaces' : ` -n ${access.namespace}`) +
        "'.";
    const extra = access.resource === 'pods/proxy'
        ? " Scraping proxy metrics needs this; the built-in 'view' role lacks it, 'edit' has it."
        : '';
    return `Grant the identity ${rule} through ${binding}.${extra} ${check}`;
}
/** 401/403 become PreconditionErrors that say what access is missing; the rest KubeApiError. */
function mapKubeApiFailure(status, body, access, server, retryAfter) {
    const statusBody = parseStatusBody(body);
    const serverSaid = statusBody?.message === undefined ? '' : ` The API server said: ${statusBody.message}`;
    const what = describeAccess(access);
    if (status === 401) {
        return new errors/* PreconditionError */.Rb(`The Kubernetes API at ${server} rejected the credentials for ${what} (401 Unauthorized): ` +
            "the token or client certificate is missing, expired or not accepted. Refresh the kubeconfig ('az aks get-credentials', then 'kubelogin convert-kubeconfig' for Entra ID clusters).");
    }
    if (status === 403 && statusBody === undefined && access.resource === 'pods/proxy') {
        return new KubeAccessDeniedError(`The pod itself refused ${what} (403 from the pod, not from RBAC). Linkerd's admin server ` +
            "enforces the pod's inbound policy: allow the API server with a 'Server' on port 'linkerd-admin' and an authorization, or use a default inbound policy that admits unauthenticated scrapes.", 'pod');
    }
    if (status === 403) {
        return new KubeAccessDeniedError(`The Kubernetes API denied ${what} (403 Forbidden). ${rbacHint(access)}${serverSaid}`, 'rbac');
    }
    return new KubeApiError(`Kubernetes API request to ${what} failed with HTTP ${status}` +
        (statusBody?.reason === undefined ? '' : ` (${statusBody.reason})`) +
        (statusBody?.message === undefined ? '.' : `: ${statusBody.message}`), status, statusBody?.reason, retryAfter);
}

;// CONCATENATED MODULE: ./src/kube/kube-api.ts



const DEFAULTS = {
    maxSockets: 8,
    requestTimeoutMs: 30_000,
    pageSize: 500,
    maxBodyBytes: 16 * 1024 * 1024,
};
function segment(value) {
    return encodeURIComponent(value);
}
/** Builds a read-only client over ONE keep-alive https.Agent with bounded sockets. */
function createKubeApi(context, credentials, options = {}) {
    const settings = { ...DEFAULTS, ...options };
    const server = new URL(context.cluster.server);
    if (server.protocol !== 'https:') {
        throw new errors/* PreconditionError */.Rb(`The kubeconfig '${context.kubeconfigPath}' points at '${server.origin}'; only https API servers are supported.`);
    }
    const basePath = server.pathname.replace(/\/+$/, '');
    const hostname = server.hostname.replace(/^\[|\]$/g, '');
    const port = server.port === '' ? 443 : Number(server.port);
    const agent = new external_node_https_.Agent({
        keepAlive: true,
        maxSockets: settings.maxSockets,
        ...(context.cluster.caPem !== undefined ? { ca: context.cluster.caPem } : {}),
        ...(credentials.clientCertificatePem !== undefined && credentials.clientKeyPem !== undefined
            ? { cert: credentials.clientCertificatePem, key: credentials.clientKeyPem }
            : {}),
        rejectUnauthorized: !context.cluster.insecureSkipTlsVerify,
    });
    const headers = {
        'User-Agent': 'aks-secure-networking',
        ...(credentials.token !== undefined ? { Authorization: `Bearer ${credentials.token}` } : {}),
    };
    const get = (path, access, accept, timeoutMs = settings.requestTimeoutMs) => new Promise((resolvePromise, rejectPromise) => {
        const resolve = (response) => {
            clearTimeout(deadline);
            resolvePromise(response);
        };
        const reject = (error) => {
            clearTimeout(deadline);
            rejectPromise(error);
        };
        const req = (0,external_node_https_.request)({
            agent,
            hostname,
            port,
            method: 'GET',
            path: `${basePath}${path}`,
            headers: { ...headers, Accept: accept },
            ...(context.cluster.tlsServerName !== undefined
                ? { servername: context.cluster.tlsServerName }
                : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > settings.maxBodyBytes) {
                    res.destroy(new Error(`${describeAccess(access)}: the response exceeds ${settings.maxBodyBytes} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            res.on('error', reject);
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8'),
                retryAfter: res.headers['retry-after'],
            }));
        });
        // A deadline for the whole answer, not an idle timeout: an answer that trickles in a byte
        // at a time must not hold the step past it.
        const deadline = setTimeout(() => {
            reject(new KubeTransportError(`${describeAccess(access)}: no complete answer from the Kubernetes API at ${server.origin} within ${timeoutMs} ms`, 'timeout'));
            req.destroy();
        }, timeoutMs);
        req.on('error', error => reject(error.message.startsWith(describeAccess(access))
            ? error
            : new KubeTransportError(`${describeAccess(access)}: cannot reach the Kubernetes API at ${server.origin}: ${error.message}`, 'unreachable')));
        req.end();
    });
    const getJson = async (path, access) => {
        const response = await get(path, access, 'application/json');
        if (response.status === 404)
            return undefined;
        if (response.status < 200 || response.status >= 300) {
            throw mapKubeApiFailure(response.status, response.body, access, server.origin);
        }
        try {
            return JSON.parse(response.body);
        }
        catch {
            throw new KubeApiError(`${describeAccess(access)}: the answer is not JSON`, response.status);
        }
    };
    const getRequired = async (path, access) => {
        const value = await getJson(path, access);
        if (value === undefined) {
            throw new KubeApiError(`${describeAccess(access)}: the API server answered 404 for '${path}'`, 404);
        }
        return value;
    };
    const listAll = async (path, query, access) => {
        const items = [];
        let continueToken;
        do {
            const params = new URLSearchParams({
                ...query,
                limit: String(settings.pageSize),
                ...(continueToken !== undefined ? { continue: continueToken } : {}),
            });
            const page = await getRequired(`${path}?${params.toString()}`, access);
            items.push(...page.items);
            const next = page.metadata?.continue;
            continueToken = next === undefined || next === '' ? undefined : next;
        } while (continueToken !== undefined);
        return items;
    };
    return {
        listNamespaces: () => listAll('/api/v1/namespaces', {}, { verb: 'list', resource: 'namespaces' }),
        getNamespace: name => getJson(`/api/v1/namespaces/${segment(name)}`, {
            verb: 'get',
            resource: 'namespaces',
        }),
        listPods: (namespace, labelSelector) => listAll(namespace === undefined ? '/api/v1/pods' : `/api/v1/namespaces/${segment(namespace)}/pods`, labelSelector === undefined ? {} : { labelSelector }, { verb: 'list', resource: 'pods', ...(namespace !== undefined ? { namespace } : {}) }),
        getService: (namespace, name) => getJson(`/api/v1/namespaces/${segment(namespace)}/services/${segment(name)}`, {
            verb: 'get',
            resource: 'services',
            namespace,
        }),
        getSecret: (namespace, name) => getJson(`/api/v1/namespaces/${segment(namespace)}/secrets/${segment(name)}`, {
            verb: 'get',
            resource: 'secrets',
            namespace,
        }),
        listServices: namespace => listAll(`/api/v1/namespaces/${segment(namespace)}/services`, {}, {
            verb: 'list',
            resource: 'services',
            namespace,
        }),
        getIngress: (namespace, name) => getJson(`/apis/networking.k8s.io/v1/namespaces/${segment(namespace)}/ingresses/${segment(name)}`, { verb: 'get', resource: 'ingresses', namespace }),
        getNamespacedObject: (apiVersion, plural, namespace, name) => getJson(`/apis/${apiVersion}/namespaces/${segment(namespace)}/${plural}/${segment(name)}`, { verb: 'get', resource: plural, apiGroup: apiVersion.split('/')[0] ?? '', namespace }),
        getNodes: () => listAll('/api/v1/nodes', {}, { verb: 'list', resource: 'nodes' }),
        getVersion: () => getRequired('/version', {
            verb: 'get',
            resource: '',
            nonResourceUrl: '/version',
        }),
        getCustomResourceDefinition: name => getJson(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${segment(name)}`, { verb: 'get', resource: 'customresourcedefinitions', apiGroup: 'apiextensions.k8s.io' }),
        listApps: (resource, namespace) => listAll(`/apis/apps/v1/namespaces/${segment(namespace)}/${resource}`, {}, { verb: 'list', resource, apiGroup: 'apps', namespace }),
        proxyPod: async (namespace, pod, port, path, options) => {
            const access = { verb: 'get', resource: 'pods/proxy', namespace };
            const proxied = path.replace(/^\/+/, '');
            const response = await get(`/api/v1/namespaces/${segment(namespace)}/pods/${segment(pod)}:${port}/proxy/${proxied}`, access, 'text/plain, */*', options?.timeoutMs);
            if (response.status < 200 || response.status >= 300) {
                throw mapKubeApiFailure(response.status, response.body, access, server.origin, response.retryAfter);
            }
            return response.body;
        },
        close: () => agent.destroy(),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/kube/kube-credentials.ts



/**
 * The credentials of the context's user: a static token, a token file, client certificate
 * data, or an exec plugin (kubelogin, ...) run through the Exec port.
 */
async function resolveKubeCredentials(exec, context) {
    const { user } = context;
    if (user.exec !== undefined)
        return runExecPlugin(exec, context, user.exec);
    const client = user.clientCertificatePem !== undefined && user.clientKeyPem !== undefined
        ? { clientCertificatePem: user.clientCertificatePem, clientKeyPem: user.clientKeyPem }
        : {};
    if (user.token !== undefined)
        return { token: user.token, ...client };
    if (user.tokenFile !== undefined) {
        const token = (await (0,promises_.readFile)(user.tokenFile, 'utf8')).trim();
        return { token, ...client };
    }
    return client;
}
function execInfo(context, plugin) {
    const cluster = plugin.provideClusterInfo
        ? {
            cluster: {
                server: context.cluster.server,
                ...(context.cluster.caPem !== undefined
                    ? {
                        'certificate-authority-data': Buffer.from(context.cluster.caPem).toString('base64'),
                    }
                    : {}),
                'insecure-skip-tls-verify': context.cluster.insecureSkipTlsVerify,
            },
        }
        : {};
    return JSON.stringify({
        apiVersion: plugin.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false, ...cluster },
    });
}
async function runExecPlugin(exec, context, plugin) {
    const result = await tool_command_runTool(exec, {
        tool: plugin.command,
        args: plugin.args,
        env: { ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(context, plugin) },
    });
    const invalid = (why) => new errors/* PreconditionError */.Rb(`The credential plugin '${plugin.command}' of kubeconfig user '${context.user.name}' ${why}; ` +
        'check the plugin version and its login (for kubelogin: the --login mode and the ' +
        "identity's access to the cluster).");
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw invalid('printed output that is not an ExecCredential JSON object');
    }
    const status = typeof parsed === 'object' && parsed !== null && 'status' in parsed
        ? parsed.status
        : null;
    if (status === null || typeof status !== 'object')
        throw invalid('returned no status');
    const expiresAt = typeof status.expirationTimestamp === 'string'
        ? new Date(status.expirationTimestamp)
        : undefined;
    const withExpiry = expiresAt !== undefined ? { expiresAt } : {};
    if (typeof status.token === 'string' && status.token !== '') {
        return { token: status.token, ...withExpiry };
    }
    if (typeof status.clientCertificateData === 'string' &&
        typeof status.clientKeyData === 'string') {
        return {
            clientCertificatePem: status.clientCertificateData,
            clientKeyPem: status.clientKeyData,
            ...withExpiry,
        };
    }
    throw invalid('returned neither a token nor a client certificate');
}

// EXTERNAL MODULE: ./src/kube/kubeconfig.ts
var kubeconfig = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/kube/kubectl.ts


const KUBECTL = 'kubectl';
function kubectl_kubeconfigArgs(kubeconfig) {
    return kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig];
}
/** argv for `kubectl apply --server-side`, manifests read from stdin. */
function buildKubectlApplyArgs(options) {
    return [
        'apply',
        '--server-side',
        `--field-manager=${options.fieldManager}`,
        ...(options.forceConflicts === true ? ['--force-conflicts'] : []),
        '-f',
        '-',
        ...kubectl_kubeconfigArgs(options.kubeconfig),
    ];
}
function buildKubectlGetArgs(kind, name, namespace, target = {}) {
    return [
        'get',
        kind,
        ...(name === undefined ? [] : [name]),
        ...(namespace === undefined ? [] : ['--namespace', namespace]),
        '-o',
        'json',
        ...kubectl_kubeconfigArgs(target.kubeconfig),
    ];
}
/** Manifests as one multi-document YAML stream. */
function toMultiDocumentYaml(manifests) {
    return manifests.map(manifest => (0,dist.stringify)(manifest)).join('---\n');
}
/**
 * Applies the manifests in one `kubectl apply --server-side` call. Returns kubectl's stdout
 * (one line per object). No call is made for an empty list.
 */
async function kubectlApplyServerSide(exec, manifests, options) {
    if (manifests.length === 0)
        return '';
    const result = await tool_command_runTool(exec, {
        tool: KUBECTL,
        args: buildKubectlApplyArgs(options),
        stdin: toMultiDocumentYaml(manifests),
    });
    return result.stdout;
}
/**
 * `kubectl get KIND [NAME] -o json`. With a name, a missing object yields undefined; without a
 * name the result is the List object.
 */
async function kubectlGetJson(exec, kind, name, namespace, target = {}) {
    const args = buildKubectlGetArgs(kind, name, namespace, target);
    const result = await runTool(exec, { tool: KUBECTL, args, okExitCodes: [0, 1] });
    if (result.exitCode === 1) {
        if (name !== undefined && /\(NotFound\)/.test(result.stderr))
            return undefined;
        throw new ToolCommandError(KUBECTL, args, result);
    }
    try {
        return JSON.parse(result.stdout);
    }
    catch {
        throw new Error(`'kubectl ${args.join(' ')}' printed output that is not JSON.`);
    }
}
/** `deployment/web`: the resource argument kubectl's rollout commands take. */
function rolloutResource(kind, name) {
    return `${kind.toLowerCase()}/${name}`;
}
/** argv for `kubectl rollout restart KIND/NAME`. */
function buildKubectlRolloutRestartArgs(kind, name, namespace, target = {}) {
    return [
        'rollout',
        'restart',
        rolloutResource(kind, name),
        '--namespace',
        namespace,
        ...kubectl_kubeconfigArgs(target.kubeconfig),
    ];
}
/** argv for `kubectl rollout status KIND/NAME --timeout=Ns`: waits until the rollout is done. */
function buildKubectlRolloutStatusArgs(kind, name, namespace, timeoutSeconds, target = {}) {
    return [
        'rollout',
        'status',
        rolloutResource(kind, name),
        '--namespace',
        namespace,
        `--timeout=${Math.max(1, Math.ceil(timeoutSeconds))}s`,
        ...kubectl_kubeconfigArgs(target.kubeconfig),
    ];
}
/** Restarts a Deployment, StatefulSet or DaemonSet (new pods, new proxies). */
async function kubectlRolloutRestart(exec, kind, name, namespace, target = {}) {
    await tool_command_runTool(exec, {
        tool: KUBECTL,
        args: buildKubectlRolloutRestartArgs(kind, name, namespace, target),
    });
}
/** Waits, bounded, for a rollout to finish; a rollout still running at the timeout fails. */
async function kubectlRolloutStatus(exec, kind, name, namespace, timeoutSeconds, target = {}) {
    await tool_command_runTool(exec, {
        tool: KUBECTL,
        args: buildKubectlRolloutStatusArgs(kind, name, namespace, timeoutSeconds, target),
    });
}

;// CONCATENATED MODULE: ./src/kube/pod-view.ts
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

;// CONCATENATED MODULE: ./src/kube/concurrency.ts
/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order.
 * The first rejection rejects the whole map; no new calls start after it.
 */
async function mapWithConcurrency(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`mapWithConcurrency: limit must be a positive integer, got ${limit}`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
    await Promise.all(workers);
    return results;
}

;// CONCATENATED MODULE: ./src/kube/proxy-scrape.ts


/** The Linkerd proxy's admin port and its metrics path. */
const PROXY_ADMIN_PORT = 4191;
const PROXY_METRICS_PATH = 'metrics';
/** Requests in flight at once; the Kubernetes API client keeps as many connections open. */
const SCRAPE_CONCURRENCY = 16;
/**
 * 429 (API priority and fairness) is retried this many times, waiting what `Retry-After` asks
 * (at most 10 s, so a scrape stays near its timeout), else 0.5 s, 1 s, then 2 s.
 */
const THROTTLE_RETRIES = 3;
const MAX_RETRY_AFTER_MS = 10_000;
function failure(problem, error) {
    return { ok: false, problem, message: error.message };
}
/** What a failed pod-proxy GET means for verification. */
function classifyScrapeError(error) {
    if (error instanceof KubeAccessDeniedError) {
        return failure(error.deniedBy === 'pod' ? 'forbidden-by-pod' : 'forbidden-by-rbac', error);
    }
    if (error instanceof KubeTransportError)
        return failure(error.kind, error);
    if (error instanceof KubeApiError) {
        // The API server's own 404 is a Status (reason NotFound): the pod is gone. A 404 without
        // one came from the pod: something on port 4191 answered, but not a proxy's /metrics.
        if (error.status === 404) {
            return error.reason === 'NotFound'
                ? failure('not-found', new Error(`the pod no longer exists (${error.message})`))
                : failure('not-served', new Error("the pod's port 4191 answered 404 for /metrics: what listens there is not a Linkerd proxy's admin server"));
        }
        // 502/503: the API server could not dial the pod's admin port (proxy down, pod not ready).
        if (error.status === 502 || error.status === 503)
            return failure('unreachable', error);
    }
    return failure('failed', error instanceof Error ? error : new Error(String(error)));
}
async function scrapeOne(api, target, options, clock) {
    for (let attempt = 0;; attempt++) {
        try {
            const text = await api.proxyPod(target.namespace, target.name, PROXY_ADMIN_PORT, PROXY_METRICS_PATH, { timeoutMs: options.timeoutMs });
            return { ok: true, text };
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 429 && attempt < THROTTLE_RETRIES) {
                const asked = retryAfterMs(error.retryAfter, clock.now());
                await clock.sleep(Math.min(asked ?? 500 * 2 ** attempt, MAX_RETRY_AFTER_MS));
                continue;
            }
            return classifyScrapeError(error);
        }
    }
}
/** Scrapes every target's proxy, at most SCRAPE_CONCURRENCY at a time, in the targets' order. */
async function scrapeProxies(api, targets, options, onScrape, clock) {
    await mapWithConcurrency(targets, SCRAPE_CONCURRENCY, async (target) => {
        onScrape(target, await scrapeOne(api, target, options, clock));
    });
}

;// CONCATENATED MODULE: ./src/kube/cluster-adapter.ts









/** Credentials are renewed this long before they expire. */
const CREDENTIALS_MARGIN_MS = 60_000;
const REAL_CLOCK = {
    now: () => new Date(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
};
const FIELD_MANAGER = 'aks-secure-networking';
/** Maps a Kubernetes Service to the port's view. */
function toServiceView(service) {
    const { metadata, spec, status } = service;
    // kube-types' ObjectMeta does not declare uid; the API server always sends one.
    const uid = metadata.uid;
    return {
        name: metadata.name,
        namespace: metadata.namespace ?? '',
        ...(typeof uid === 'string' && uid !== '' ? { uid } : {}),
        ...(spec.type !== undefined ? { type: spec.type } : {}),
        annotations: { ...metadata.annotations },
        loadBalancerIps: (status?.loadBalancer?.ingress ?? []).flatMap(entry => entry.ip !== undefined && entry.ip !== '' ? [entry.ip] : []),
        ports: (spec.ports ?? []).map(port => ({
            ...(port.name !== undefined ? { name: port.name } : {}),
            port: port.port,
            ...(port.protocol !== undefined ? { protocol: port.protocol } : {}),
        })),
    };
}
/** The annotations a field manager owns through server-side apply (`f:metadata.f:annotations`). */
function appliedAnnotations(metadata, manager) {
    const owned = new Set();
    for (const entry of metadata.managedFields ?? []) {
        if (entry.manager !== manager || entry.operation !== 'Apply')
            continue;
        const meta = entry.fieldsV1?.['f:metadata'];
        const annotations = meta?.['f:annotations'];
        for (const key of Object.keys(annotations ?? {})) {
            if (key.startsWith('f:'))
                owned.add(key.slice(2));
        }
    }
    return [...owned].sort();
}
function toNamespaceView(namespace) {
    return {
        name: namespace.metadata.name,
        labels: { ...namespace.metadata.labels },
        annotations: { ...namespace.metadata.annotations },
        appliedAnnotations: appliedAnnotations(namespace.metadata, FIELD_MANAGER),
    };
}
const WORKLOAD_RESOURCES = [
    ['Deployment', 'deployments'],
    ['StatefulSet', 'statefulsets'],
    ['DaemonSet', 'daemonsets'],
];
/** Maps a Deployment, StatefulSet or DaemonSet to the port's view, judging its rollout. */
function toWorkloadView(kind, workload) {
    const { metadata, spec, status } = workload;
    const observed = metadata.generation === undefined || (status?.observedGeneration ?? 0) >= metadata.generation;
    let desired;
    let ready;
    let updated;
    let current;
    if (kind === 'DaemonSet') {
        desired = status?.desiredNumberScheduled ?? 0;
        ready = status?.numberReady ?? 0;
        updated = status?.updatedNumberScheduled ?? 0;
        current = desired;
    }
    else {
        desired = spec?.replicas ?? 1;
        ready = status?.readyReplicas ?? 0;
        updated = status?.updatedReplicas ?? 0;
        current = status?.replicas ?? 0;
    }
    return {
        kind,
        namespace: metadata.namespace ?? '',
        name: metadata.name,
        desired,
        ready,
        // As `kubectl rollout status`: every wanted pod updated and ready, no old pods left.
        rolledOut: observed && updated >= desired && ready >= desired && current <= updated,
        templateAnnotations: { ...spec?.template?.metadata?.annotations },
        templateHostNetwork: spec?.template?.spec?.hostNetwork === true,
    };
}
/**
 * The Cluster port over helm and kubectl (through the Exec port, always with `--kubeconfig`)
 * and the Kubernetes API (built on the first read from the same kubeconfig).
 */
function createCluster(options) {
    const { exec, kubeconfigPath, log } = options;
    const clock = options.clock ?? REAL_CLOCK;
    const target = { kubeconfig: kubeconfigPath };
    let api;
    let credentialsExpireAt;
    let source;
    const kubeApi = () => {
        // An exec plugin's token expires (kubelogin's within the hour); a read after that (the end
        // of a long verification window) builds a new client with fresh credentials. The old one is
        // left to finish what it has in flight; its idle kept-alive sockets do not hold the process.
        if (credentialsExpireAt !== undefined &&
            clock.now().getTime() >= credentialsExpireAt.getTime() - CREDENTIALS_MARGIN_MS) {
            api = undefined;
            credentialsExpireAt = undefined;
        }
        api ??= (async () => {
            const context = await (0,kubeconfig/* loadKubeContext */.Nb)(kubeconfigPath);
            log.debug(`Kubernetes API: context '${context.contextName}' at ${(0,kubeconfig/* serverForDisplay */.N2)(context.cluster.server)} (${kubeconfigPath})`);
            source = {
                kind: 'api-server',
                location: (0,kubeconfig/* serverForDisplay */.N2)(context.cluster.server),
                context: context.contextName,
            };
            const credentials = await resolveKubeCredentials(exec, context);
            credentialsExpireAt = credentials.expiresAt;
            return createKubeApi(context, credentials, { maxSockets: SCRAPE_CONCURRENCY });
        })();
        // A failed build (e.g. an expired login) is retried on the next read.
        api.catch(() => {
            api = undefined;
        });
        return api;
    };
    const cluster = {
        helmRelease: async (release, namespace) => {
            const status = await helmStatus(exec, release, namespace, target);
            if (status === undefined)
                return undefined;
            const values = (await helmGetValues(exec, release, namespace, target)) ?? {};
            return {
                chartVersion: status.chart?.metadata?.version,
                values,
                status: status.info.status,
            };
        },
        helmUpgradeInstall: async (install) => {
            await helmUpgradeInstall(exec, {
                release: install.release,
                chart: install.chart,
                // An empty repository means an OCI or local chart reference: no --repo.
                ...(install.repo ? { repo: install.repo } : {}),
                version: install.version,
                namespace: install.namespace,
                createNamespace: true,
                values: install.values,
                ...(install.waitTimeoutSeconds !== undefined
                    ? { waitTimeoutSeconds: install.waitTimeoutSeconds }
                    : {}),
                kubeconfig: kubeconfigPath,
            });
        },
        getService: async (namespace, name) => {
            const service = await (await kubeApi()).getService(namespace, name);
            return service === undefined ? undefined : toServiceView(service);
        },
        listPods: async (namespace, labelSelector) => (await (await kubeApi()).listPods(namespace, labelSelector)).map(toPodView),
        scrapeProxies: async (targets, options, onScrape) => {
            await scrapeProxies(await kubeApi(), targets, options, onScrape, clock);
        },
        readIdentityIssuer: async (namespace) => {
            const where = `${namespace}/${core_cluster/* IDENTITY_ISSUER_SECRET */.ch}`;
            try {
                const secret = await (await kubeApi()).getSecret(namespace, core_cluster/* IDENTITY_ISSUER_SECRET */.ch);
                return secret === undefined
                    ? {
                        ok: false,
                        message: `Secret '${where}' does not exist: is Linkerd's control plane in namespace '${namespace}', with identity.issuer.scheme linkerd.io/tls or kubernetes.io/tls?`,
                    }
                    : issuerFromSecret(secret, where);
            }
            catch (error) {
                return { ok: false, message: error instanceof Error ? error.message : String(error) };
            }
        },
        describeSource: async () => {
            await kubeApi();
            if (source === undefined)
                throw new Error('the Kubernetes API client was not built');
            return source;
        },
        getIngress: async (namespace, name) => {
            const ingress = await (await kubeApi()).getIngress(namespace, name);
            return ingress === undefined ? undefined : { ...ingress };
        },
        getCustomObject: async (ref) => (await kubeApi()).getNamespacedObject(ref.apiVersion, ref.plural, ref.namespace, ref.name),
        applyManifests: async (manifests) => {
            await kubectlApplyServerSide(exec, manifests, {
                fieldManager: FIELD_MANAGER,
                kubeconfig: kubeconfigPath,
            });
        },
        kubernetesVersion: async () => {
            const version = await (await kubeApi()).getVersion();
            const fromGit = /^v?(\d+)\.(\d+)/.exec(version.gitVersion);
            // Some distributions report minor as "31+".
            const major = Number.parseInt(version.major, 10);
            const minor = Number.parseInt(version.minor, 10);
            return {
                major: Number.isNaN(major) ? Number(fromGit?.[1] ?? 0) : major,
                minor: Number.isNaN(minor) ? Number(fromGit?.[2] ?? 0) : minor,
                gitVersion: version.gitVersion,
            };
        },
        getCustomResourceDefinition: async (name) => {
            const crd = await (await kubeApi()).getCustomResourceDefinition(name);
            return crd === undefined
                ? undefined
                : {
                    name: crd.metadata.name,
                    labels: { ...crd.metadata.labels },
                    annotations: { ...crd.metadata.annotations },
                };
        },
        listNodes: async () => (await (await kubeApi()).getNodes()).map(node => ({
            name: node.metadata.name,
            schedulable: node.spec?.unschedulable !== true,
            ready: node.status?.conditions?.some(c => c.type === 'Ready' && c.status === 'True') === true,
            os: node.metadata.labels?.['kubernetes.io/os'],
            blockingTaints: (node.spec?.taints ?? [])
                .filter(t => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
                .map(t => `${t.key}:${t.effect}`),
        })),
        getNamespace: async (name) => {
            const namespace = await (await kubeApi()).getNamespace(name);
            return namespace === undefined ? undefined : toNamespaceView(namespace);
        },
        listWorkloads: async (namespace) => {
            const client = await kubeApi();
            const lists = await Promise.all(WORKLOAD_RESOURCES.map(async ([kind, resource]) => (await client.listApps(resource, namespace)).map(w => toWorkloadView(kind, w))));
            return lists.flat();
        },
        restartWorkload: async (workload) => {
            await kubectlRolloutRestart(exec, workload.kind, workload.name, workload.namespace, target);
        },
        waitForRollout: async (workload, timeoutSeconds) => {
            await kubectlRolloutStatus(exec, workload.kind, workload.name, workload.namespace, timeoutSeconds, target);
        },
    };
    return Promise.resolve(cluster);
}


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ serverForDisplay),
/* harmony export */   Nb: () => (/* binding */ loadKubeContext),
/* harmony export */   resolveKubeconfig: () => (/* binding */ resolveKubeconfig)
/* harmony export */ });
/* unused harmony exports isKubeconfigContent, parseKubeContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** True when the value is kubeconfig YAML rather than a path. */
function isKubeconfigContent(value) {
    return /^\s*(apiVersion|clusters|kind|current-context)\s*:/m.test(value) && /\n/.test(value);
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Resolves the `kubeconfig` input: a path, or the file's content (written with mode 0600 to a new
 * directory under `tempDir`); when empty, the first existing file in KUBECONFIG, then
 * ~/.kube/config.
 */
async function resolveKubeconfig(input, options) {
    const value = input?.trim() ?? '';
    if (value !== '') {
        if (isKubeconfigContent(value)) {
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tempDir, 'kubeconfig-'));
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${value}\n`, { mode: 0o600 });
            return { path, source: 'input-content' };
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(value);
        if (!(await exists(path))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PreconditionError */ .Rb(`The 'kubeconfig' input names a file that does not exist: '${path}'. Pass an existing path ` +
                'or the kubeconfig content itself.');
        }
        return { path, source: 'input-path' };
    }
    const env = options.env ?? process.env;
    const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(entry => entry !== '');
    for (const candidate of fromEnv) {
        if (await exists(candidate))
            return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(candidate), source: 'KUBECONFIG' };
    }
    const fallback = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.homeDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config');
    if (await exists(fallback))
        return { path: fallback, source: 'default' };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PreconditionError */ .Rb(`No kubeconfig was found (the 'kubeconfig' input is empty, KUBECONFIG ` +
        `${fromEnv.length === 0 ? 'is not set' : 'names no existing file'}, and '${fallback}' ` +
        "does not exist). Set the 'kubeconfig' input, or run 'azure/aks-set-context' / the " +
        'Kubernetes service connection before this step.');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function findNamed(list, name, field) {
    if (!Array.isArray(list))
        return undefined;
    for (const entry of list) {
        if (isRecord(entry) && entry.name === name) {
            const inner = entry[field];
            return isRecord(inner) ? inner : {};
        }
    }
    return undefined;
}
function decodeBase64(value) {
    return Buffer.from(value, 'base64').toString('utf8');
}
async function readRelative(baseDir, path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(baseDir, path), 'utf8');
}
/** Reads a kubeconfig file and returns its current (or the named) context. */
async function loadKubeContext(kubeconfigPath, options = {}) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(kubeconfigPath, 'utf8');
    return parseKubeContext(text, kubeconfigPath, options);
}
/** Parses kubeconfig text. Relative file references resolve against the kubeconfig's folder. */
async function parseKubeContext(text, kubeconfigPath, options = {}) {
    const problem = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PreconditionError */ .Rb(`The kubeconfig '${kubeconfigPath}' ${why}.`);
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parse)(text);
    }
    catch {
        throw problem('is not valid YAML');
    }
    if (!isRecord(doc))
        throw problem('is not a kubeconfig (expected a YAML mapping)');
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(kubeconfigPath);
    const contextName = options.context ?? optionalString(doc['current-context']);
    if (contextName === undefined) {
        throw problem("has no 'current-context'; set one with 'kubectl config use-context'");
    }
    const context = findNamed(doc.contexts, contextName, 'context');
    if (context === undefined)
        throw problem(`has no context named '${contextName}'`);
    const clusterName = optionalString(context.cluster);
    const userName = optionalString(context.user);
    if (clusterName === undefined)
        throw problem(`context '${contextName}' names no cluster`);
    const cluster = findNamed(doc.clusters, clusterName, 'cluster');
    if (cluster === undefined)
        throw problem(`has no cluster named '${clusterName}'`);
    const server = optionalString(cluster.server);
    if (server === undefined)
        throw problem(`cluster '${clusterName}' has no 'server'`);
    const caData = optionalString(cluster['certificate-authority-data']);
    const caFile = optionalString(cluster['certificate-authority']);
    const caPem = caData !== undefined
        ? decodeBase64(caData)
        : caFile !== undefined
            ? await readRelative(baseDir, caFile)
            : undefined;
    const tlsServerName = optionalString(cluster['tls-server-name']);
    const user = userName === undefined ? {} : findNamed(doc.users, userName, 'user');
    if (user === undefined)
        throw problem(`has no user named '${userName ?? ''}'`);
    return {
        kubeconfigPath,
        contextName,
        ...(optionalString(context.namespace) ? { namespace: String(context.namespace) } : {}),
        cluster: {
            name: clusterName,
            server,
            ...(caPem !== undefined ? { caPem } : {}),
            insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
            ...(tlsServerName !== undefined ? { tlsServerName } : {}),
        },
        user: await parseUser(userName ?? '', user, baseDir, problem),
    };
}
async function parseUser(name, user, baseDir, problem) {
    const token = optionalString(user.token);
    const tokenFile = optionalString(user.tokenFile);
    const certData = optionalString(user['client-certificate-data']);
    const keyData = optionalString(user['client-key-data']);
    const certFile = optionalString(user['client-certificate']);
    const keyFile = optionalString(user['client-key']);
    const clientCertificatePem = certData !== undefined
        ? decodeBase64(certData)
        : certFile !== undefined
            ? await readRelative(baseDir, certFile)
            : undefined;
    const clientKeyPem = keyData !== undefined
        ? decodeBase64(keyData)
        : keyFile !== undefined
            ? await readRelative(baseDir, keyFile)
            : undefined;
    const exec = isRecord(user.exec) ? parseExecPlugin(name, user.exec, baseDir, problem) : undefined;
    return {
        name,
        ...(token !== undefined ? { token } : {}),
        ...(tokenFile !== undefined
            ? { tokenFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(tokenFile) ? tokenFile : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(baseDir, tokenFile) }
            : {}),
        ...(clientCertificatePem !== undefined ? { clientCertificatePem } : {}),
        ...(clientKeyPem !== undefined ? { clientKeyPem } : {}),
        ...(exec !== undefined ? { exec } : {}),
    };
}
function parseExecPlugin(userName, exec, baseDir, problem) {
    const command = optionalString(exec.command);
    if (command === undefined)
        throw problem(`user '${userName}' has an exec plugin with no command`);
    const args = Array.isArray(exec.args) ? exec.args.map(arg => String(arg)) : [];
    const env = {};
    if (Array.isArray(exec.env)) {
        for (const entry of exec.env) {
            if (isRecord(entry) && typeof entry.name === 'string') {
                env[entry.name] = typeof entry.value === 'string' ? entry.value : '';
            }
        }
    }
    return {
        apiVersion: optionalString(exec.apiVersion) ?? 'client.authentication.k8s.io/v1beta1',
        // kubectl resolves a command containing a path separator against the kubeconfig's folder.
        command: command.includes('/') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(command) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(baseDir, command) : command,
        args,
        env,
        provideClusterInfo: exec.provideClusterInfo === true,
    };
}
/**
 * The API server URL as it may be shown in logs and evidence: scheme, host, port and path only.
 * A kubeconfig's `server` may carry a user and password or a query string; neither is shown.
 * Text that is not a URL is replaced rather than shown raw.
 */
function serverForDisplay(server) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        return '(an API server URL that could not be read)';
    }
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.protocol}//${url.host}${path}`;
}


/***/ })

};
