export const id = 598;
export const ids = [598];
export const modules = {

/***/ 67598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ serverForDisplay),
/* harmony export */   Nb: () => (/* binding */ loadKubeContext),
/* harmony export */   resolveKubeconfig: () => (/* binding */ resolveKubeconfig)
/* harmony export */ });
/* unused harmony exports isKubeconfigContent, parseKubeContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





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
