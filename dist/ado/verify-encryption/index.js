import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ podWorkload),
/* harmony export */   ch: () => (/* binding */ IDENTITY_ISSUER_SECRET)
/* harmony export */ });
/* unused harmony export helmInstallOf */
/**
 * The cluster port: what steps ask of the Kubernetes cluster. Host-free; src/kube/cluster-adapter.ts
 * implements it with helm, kubectl and the Kubernetes API.
 */
/** The install a planned Helm change describes; `values` replaces the planned ones when given. */
function helmInstallOf(change, values = change.values) {
    return {
        release: change.release,
        namespace: change.namespace,
        chart: change.chart,
        repo: change.repo,
        version: change.version,
        values,
    };
}
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
/**
 * The Deployment, StatefulSet or DaemonSet that owns the pod: its controller, or for a
 * ReplicaSet the Deployment it is named after (the Deployment controller names its ReplicaSets
 * `<deployment>-<pod-template-hash>` and labels their pods with that hash).
 */
function podWorkload(pod) {
    const owner = pod.owners[0];
    if (owner === undefined)
        return undefined;
    if (WORKLOAD_KINDS.includes(owner.kind)) {
        return { kind: owner.kind, namespace: pod.namespace, name: owner.name };
    }
    const hash = pod.labels['pod-template-hash'];
    if (owner.kind === 'ReplicaSet' && hash !== undefined && owner.name.endsWith(`-${hash}`)) {
        return {
            kind: 'Deployment',
            namespace: pod.namespace,
            name: owner.name.slice(0, -hash.length - 1),
        };
    }
    return undefined;
}
/** The Secret that holds Linkerd's identity issuer certificate and key (mesh.md 2.3). */
const IDENTITY_ISSUER_SECRET = 'linkerd-identity-issuer';


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vD: () => (/* binding */ CLOUD_NAMES),
  PS: () => (/* binding */ CLUSTER_INPUTS),
  di: () => (/* binding */ readCommonInputs),
  I1: () => (/* binding */ usesAzure)
});

// UNUSED EXPORTS: AZURE_INPUTS, COMMON_INPUTS, MODES, RUN_INPUTS

// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __nccwpck_require__(9281);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var parsed = __nccwpck_require__(5772);
;// CONCATENATED MODULE: ./src/core/inputs/choice.ts

/**
 * A parser for a string-literal union. Matching ignores case; the result is the canonical
 * spelling from `allowed`.
 */
function parseChoice(allowed) {
    return raw => {
        const wanted = raw.toLowerCase();
        const match = allowed.find(choice => choice.toLowerCase() === wanted);
        if (match !== undefined)
            return (0,parsed.ok)(match);
        return (0,parsed/* fail */.f)(`not an accepted value; use one of: ${allowed.join(', ')}`);
    };
}

;// CONCATENATED MODULE: ./src/core/inputs/azure-names.ts

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Parses a subscription ID (a GUID); the result is lower case. */
function parseSubscriptionId(raw) {
    if (GUID.test(raw))
        return (0,parsed.ok)(raw.toLowerCase());
    return (0,parsed/* fail */.f)('not a subscription ID; use the subscription GUID, like 00000000-0000-0000-0000-000000000000, not its name');
}
const RESOURCE_GROUP_MAX_LENGTH = 90;
const RESOURCE_GROUP_ACCEPTED = "use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'";
/** Parses a resource group name: 1 to 90 letters, digits, `_-.()`, not ending in `.`. */
function parseResourceGroupName(raw) {
    if (raw.length > RESOURCE_GROUP_MAX_LENGTH) {
        return fail(`longer than ${RESOURCE_GROUP_MAX_LENGTH} characters; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (!/^[\p{L}\p{Nd}_\-.()]+$/u.test(raw)) {
        return fail(`not a valid resource group name; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (raw.endsWith('.'))
        return fail(`ends in '.'; ${RESOURCE_GROUP_ACCEPTED}`);
    return ok(raw);
}
/** Parses an Azure region, normalising the display name: `East US 2` becomes `eastus2`. */
function parseLocation(raw) {
    const location = raw.toLowerCase().replace(/\s+/g, '');
    if (/^[a-z0-9]+$/.test(location))
        return ok(location);
    return fail('not an Azure region; use a region name like eastus2 or its display name East US 2');
}
const DEFAULT_NAME_PATTERN = {
    regex: /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9_])?$/,
    description: "letters, digits, '-', '.' or '_', starting with a letter or digit and ending with a letter, digit or '_'",
};
/**
 * A parser for the name of an Azure resource of `kind` (`subnet`, `route table`). By default
 * 1 to 80 letters, digits, `-._`, starting with a letter or digit and ending with a letter,
 * digit or `_`; `rule` narrows the length or replaces the character rule.
 */
function parseResourceName(kind, rule = {}) {
    const minLength = rule.minLength ?? 1;
    const maxLength = rule.maxLength ?? 80;
    const pattern = rule.pattern ?? DEFAULT_NAME_PATTERN;
    const accepted = `use ${minLength} to ${maxLength} characters: ${pattern.description}`;
    return raw => {
        if (raw.length > maxLength)
            return fail(`longer than ${maxLength} characters; ${accepted}`);
        if (raw.length < minLength)
            return fail(`shorter than ${minLength} characters; ${accepted}`);
        if (!pattern.regex.test(raw))
            return fail(`not a valid ${kind} name; ${accepted}`);
        return ok(raw);
    };
}

;// CONCATENATED MODULE: ./src/core/common-inputs.ts




/** Clouds the steps know by name; a custom ARM endpoint covers the rest. */
const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const MODES = ['apply', 'plan'];
/**
 * Azure sign-in inputs, for steps that call ARM. They differ per host: GitHub takes OIDC ids and
 * a cloud name, Azure Pipelines an AzureRM service connection, the CLI the developer's login.
 * Steps that only talk to the cluster leave them out (see `usesAzure`).
 */
const AZURE_INPUTS = [
    {
        id: 'azure-subscription',
        adoName: 'azureSubscription',
        label: 'Azure Resource Manager connection',
        hosts: ['azure-pipelines'],
        adoType: 'connectedService:AzureRM',
        adoAliases: ['connectedServiceNameARM'],
        required: false,
        description: 'Azure Resource Manager service connection (workload identity federation, service principal with secret or certificate, or managed identity). Not needed with `offline: true`.',
    },
    {
        id: 'subscription-id',
        required: true,
        hostRequired: { 'azure-pipelines': false },
        description: 'Azure subscription ID (a GUID) that holds the resources. On Azure Pipelines it defaults to the service connection’s subscription.',
    },
    {
        id: 'client-id',
        hosts: ['github'],
        required: false,
        description: 'Client ID of the Entra application or user-assigned identity to sign in with through GitHub OIDC (needs `permissions: id-token: write`). Without it the step uses the Azure CLI login of an earlier `azure/login` step.',
    },
    {
        id: 'tenant-id',
        hosts: ['github'],
        required: false,
        description: 'Entra tenant ID for GitHub OIDC sign-in; required with `client-id`.',
    },
    {
        id: 'environment',
        hosts: ['github', 'cli'],
        required: false,
        default: 'AzureCloud',
        options: CLOUD_NAMES,
        description: 'Azure cloud: AzureCloud, AzureUSGovernment or AzureChinaCloud. For another cloud set `arm-endpoint` and `authority-host`.',
    },
    {
        id: 'arm-endpoint',
        hosts: ['github', 'cli'],
        required: false,
        description: 'Custom Azure Resource Manager endpoint URL (Azure Stack Hub or another private cloud). Overrides `environment`.',
    },
    {
        id: 'authority-host',
        hosts: ['github', 'cli'],
        required: false,
        description: 'Entra authority host URL for a custom cloud; used with `arm-endpoint`.',
    },
    {
        id: 'audience',
        hosts: ['github'],
        required: false,
        description: 'Audience of the GitHub OIDC token; defaults to the cloud’s token-exchange audience (api://AzureADTokenExchange, …USGov, …China).',
    },
];
/** Inputs of every step that plans and applies: the mode, offline planning and the plan file. */
const RUN_INPUTS = [
    {
        id: 'mode',
        required: false,
        default: 'apply',
        hostDefaults: { cli: 'plan' },
        options: MODES,
        adoType: 'pickList',
        description: '`apply` makes the changes; `plan` reads Azure and the cluster and writes nothing. Default `apply` (the CLI defaults to `plan`).',
    },
    {
        id: 'offline',
        required: false,
        default: 'false',
        adoType: 'boolean',
        description: 'Plan without credentials or any network call: what the step owns is planned as a create (existing subnets as an update), and values known only after apply are shown as `<known after apply: …>`. Implies `mode: plan`.',
    },
    {
        id: 'plan-file',
        required: false,
        description: 'Path of the JSON plan file to write (schemaVersion 1). Written on every run when set.',
    },
];
/** The inputs of a step that works in Azure: sign-in first, then the run inputs. */
const COMMON_INPUTS = [...AZURE_INPUTS, ...RUN_INPUTS];
/** Whether the step signs in to Azure: it declares the Azure inputs (`subscription-id`). */
function usesAzure(manifest) {
    return manifest.inputs.some(i => i.id === 'subscription-id');
}
const parseMode = parseChoice(MODES);
function parsePath(raw) {
    return (0,parsed.ok)(raw);
}
/**
 * Reads the shared inputs the step declares (AZURE_INPUTS, RUN_INPUTS). Records problems on the
 * reader. A step without `mode` runs as `apply`; without the Azure inputs it names no subscription.
 */
function readCommonInputs(reader) {
    const offline = reader.declares('offline')
        ? (reader.optional('offline', inputs_boolean/* parseBoolean */.y) ?? false)
        : false;
    const requestedMode = reader.declares('mode')
        ? (reader.optional('mode', parseMode) ?? 'apply')
        : 'apply';
    const azure = usesAzure(reader.manifest);
    const subscriptionId = !azure
        ? undefined
        : reader.host === 'azure-pipelines'
            ? reader.optional('subscription-id', parseSubscriptionId)
            : reader.required('subscription-id', parseSubscriptionId);
    const environment = azure ? reader.raw('environment') : undefined;
    return {
        mode: offline ? 'plan' : requestedMode,
        offline,
        planFile: reader.declares('plan-file') ? reader.optional('plan-file', parsePath) : undefined,
        subscriptionId,
        cloud: CLOUD_NAMES.find(n => n.toLowerCase() === environment?.toLowerCase()) ?? 'AzureCloud',
    };
}
/** Inputs of every step that talks to the cluster; such steps spread these into their inputs. */
const CLUSTER_INPUTS = [
    {
        id: 'kubeconfig',
        required: false,
        secret: true,
        adoType: 'multiLine',
        description: "Kubeconfig for the cluster: a file path, or the file's content (written with mode 0600 to the runner's temp folder). Defaults to KUBECONFIG or the current context an earlier step set (azure/aks-set-context, the Kubernetes service connection).",
    },
];


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ PreconditionError),
/* harmony export */   Uo: () => (/* binding */ OptInRequiredError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g7: () => (/* binding */ ConvergenceError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/* unused harmony export AzureRequestError */
/**
 * The error hierarchy. Messages follow one shape: what failed, for which resource, why,
 * and how to fix it. They never carry secrets or raw SDK dumps.
 */
class StepError extends Error {
}
class InputError extends StepError {
    kind = 'input';
    problems;
    constructor(step, problems) {
        super(InputError.format(step, problems));
        this.name = 'InputError';
        this.problems = problems;
    }
    static format(step, problems) {
        const lines = problems.map(p => {
            const shown = p.value === undefined ? '' : ` = '${p.value}'`;
            return `  - '${p.input}'${shown}: ${p.message}`;
        });
        const count = problems.length === 1 ? '1 input is invalid' : `${problems.length} inputs are invalid`;
        return `${step}: ${count}; nothing was changed.\n${lines.join('\n')}`;
    }
}
/** A precondition outside the inputs is not met (a tool missing, a cluster not private, ...). */
class PreconditionError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'PreconditionError';
    }
}
/** An ARM request failed. Wraps the SDK's RestError without its raw dump. */
class AzureRequestError extends StepError {
    kind = 'failure';
    status;
    code;
    requestId;
    resourceId;
    constructor(message, details = {}) {
        super(message);
        this.name = 'AzureRequestError';
        this.status = details.status;
        this.code = details.code;
        this.requestId = details.requestId;
        this.resourceId = details.resourceId;
    }
}
/** The state still differs from the plan after apply. */
class ConvergenceError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'ConvergenceError';
    }
}
class VerificationError extends StepError {
    kind = 'failure';
    findings;
    constructor(message, findings) {
        super(message);
        this.name = 'VerificationError';
        this.findings = findings;
    }
}
/** A risky change was planned without its opt-in input. Reported like an input problem. */
class OptInRequiredError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'OptInRequiredError';
    }
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export BOOLEAN_SPELLINGS */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5772);

const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema spellings, the rule @actions/toolkit applies to boolean inputs. */
const BOOLEAN_SPELLINGS = [...TRUE_SPELLINGS, ...FALSE_SPELLINGS];
function parseBoolean(raw) {
    if (TRUE_SPELLINGS.includes(raw))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(true);
    if (FALSE_SPELLINGS.includes(raw))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(false);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a boolean; use one of: ${BOOLEAN_SPELLINGS.join(', ')}`);
}


/***/ }),

/***/ 5772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
function ok(value) {
    return { ok: true, value };
}
function fail(message) {
    return { ok: false, message };
}


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ loadStructuredParser),
/* harmony export */   j: () => (/* binding */ parseStructured)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5772);

const ACCEPTED = 'give one JSON or YAML document';
/** Plainer words for the yaml package's messages that name its own API or internals. */
const YAML_REASONS = {
    DUPLICATE_KEY: 'duplicate key',
    MULTIPLE_DOCS: 'more than one document',
    TAG_RESOLVE_FAILED: 'tags other than the YAML core ones are not accepted',
};
let yaml;
/**
 * Loads the YAML parser. Called (and awaited) before inputs are parsed, only when a structured
 * input is set: the parser is a sizeable module, and runs without such inputs start faster
 * without it.
 */
async function loadStructuredParser() {
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
/**
 * Parses a structured input (after `loadStructuredParser`). Text starting with `{` or `[` is JSON; anything else is YAML 1.2
 * (core schema, one document, no tags beyond the core ones). Duplicate keys are rejected in
 * both. Failures name the line and column when the parser reports them; the message quotes
 * no part of the input.
 */
function parseStructured(raw) {
    return raw.startsWith('{') || raw.startsWith('[') ? parseJson(raw) : parseYaml(raw);
}
function parseJson(raw) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (error) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(describeJsonError(raw, error instanceof Error ? error.message : String(error)));
    }
    const duplicate = loadYaml(raw).errors.find(error => error.code === 'DUPLICATE_KEY');
    if (duplicate !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(describeYamlError('JSON', duplicate));
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(value);
}
function parseYaml(raw) {
    const doc = loadYaml(raw);
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(describeYamlError('YAML', problem));
    try {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(doc.toJS({ maxAliasCount: 100 }));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split(':')[0] : 'cannot be read';
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`invalid YAML: ${reason}; ${ACCEPTED}`);
    }
}
function loadYaml(raw) {
    if (!yaml)
        throw new Error('parseStructured: await loadStructuredParser() before parsing inputs');
    return yaml.parseDocument(raw, {
        prettyErrors: true,
        uniqueKeys: true,
        schema: 'core',
        customTags: [],
        resolveKnownTags: false,
        merge: false,
        strict: true,
    });
}
function describeYamlError(format, error) {
    const reason = YAML_REASONS[error.code] ??
        (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const start = error.linePos?.[0];
    const where = start === undefined ? '' : ` at line ${start.line}, column ${start.col}`;
    return `invalid ${format}${where}: ${withoutQuotedInput(reason)}; ${ACCEPTED}`;
}
function describeJsonError(raw, message) {
    const position = /at position (\d+)/.exec(message)?.[1];
    const reason = withoutQuotedInput(message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, ''));
    if (position === undefined)
        return `invalid JSON: ${reason}; ${ACCEPTED}`;
    const before = raw.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    return `invalid JSON at line ${line}, column ${column}: ${reason}; ${ACCEPTED}`;
}
/** Parser messages may quote the input (`Unexpected token 'x', "{x: 1}" is not valid JSON`). */
function withoutQuotedInput(reason) {
    return reason.replace(/, ".*" is not valid JSON$/, '').replace(/: ".*"$/, '');
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/* unused harmony exports sameJson, mapStrings, containsJson */
/** Deep equality of JSON values (maps compare by keys, arrays by order), as Helm, ARM and the Kubernetes API return them. */
function sameJson(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((x, i) => sameJson(x, b[i])));
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        return (ka.length === kb.length &&
            ka.every(k => sameJson(a[k], b[k])));
    }
    return a === b;
}
/** A deep copy of a JSON value with every string passed through `fn`. */
function mapStrings(value, fn) {
    if (typeof value === 'string')
        return fn(value);
    if (Array.isArray(value))
        return value.map(item => mapStrings(item, fn));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
    }
    return value;
}
/**
 * Whether `actual` holds everything `expected` says: every key of an expected object with a
 * contained value (keys the server added are ignored), arrays item by item, leaves equal.
 */
function containsJson(actual, expected) {
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((x, i) => containsJson(actual[i], x)));
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return false;
        return Object.entries(expected).every(([k, v]) => containsJson(actual[k], v));
    }
    return actual === expected;
}
/**
 * Orders strings by UTF-16 code units, the same on every machine and locale (unlike
 * `localeCompare`), so files written from sorted lists are byte-for-byte reproducible.
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 3392:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_azure_pipelines_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5002);
/* harmony import */ var _steps_verify_encryption_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(421);


await (0,_hosts_azure_pipelines_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAdoStep */ .i)(_steps_verify_encryption_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyEncryption */ .l);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ runAdoStep)
});

// UNUSED EXPORTS: adoHost

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/hosts/node-exec.ts

/** The Exec port over node:child_process: argv arrays, no shell, stdin piped. */
class NodeExec {
    run(tool, args, options = {}) {
        return new Promise(resolve => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(tool, [...args], {
                cwd: options.cwd,
                env: options.env ? { ...process.env, ...options.env } : process.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false,
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', (error) => {
                resolve({
                    exitCode: error.code === 'ENOENT' ? 127 : 126,
                    stdout: '',
                    stderr: error.message,
                });
            });
            child.on('close', code => {
                resolve({
                    exitCode: code ?? 1,
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                });
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.stdin ?? '');
        });
    }
}
const systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise(resolve => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/hosts/node-secret-files.ts


/** The SecretFiles port over node:fs, relative paths against the host's working directory. */
class NodeSecretFiles {
    workingDirectory;
    constructor(workingDirectory) {
        this.workingDirectory = workingDirectory;
    }
    resolve(path) {
        return (0,external_node_path_.resolve)(this.workingDirectory, path);
    }
    async read(path) {
        try {
            return await (0,promises_.readFile)(this.resolve(path), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async create(path, content) {
        const full = this.resolve(path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(full), { recursive: true });
        try {
            // 'wx' fails when the file exists, so an earlier key is never overwritten.
            await (0,promises_.writeFile)(full, content, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        // The mode given to writeFile is filtered by the umask; make it exact.
        await (0,promises_.chmod)(full, 0o600);
        return true;
    }
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts + 2 modules
var common_inputs = __nccwpck_require__(5135);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/manifest.ts
/**
 * The step manifest: one declaration per input and output, the single source of truth for
 * action.yml, task.json, the README tables and the names used in error messages.
 */
const ALL_HOSTS = ['github', 'azure-pipelines', 'cli'];
function camelCase(kebab) {
    return kebab.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function adoInputName(decl) {
    return decl.adoName ?? camelCase(decl.id);
}
/** `cluster-subnet-id` → `Cluster subnet ID`. */
function inputLabel(decl) {
    if (decl.label)
        return decl.label;
    const words = decl.id.split('-').map(w => (['id', 'ip', 'arm'].includes(w) ? w.toUpperCase() : w));
    const [first = '', ...rest] = words;
    return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
function adoOutputName(decl) {
    return decl.adoName ?? camelCase(decl.id);
}
function inputName(decl, host) {
    return host === 'azure-pipelines' ? adoInputName(decl) : decl.id;
}
function outputName(decl, host) {
    return host === 'azure-pipelines' ? adoOutputName(decl) : decl.id;
}
function inputOnHost(decl, host) {
    return (decl.hosts ?? ALL_HOSTS).includes(host);
}
function inputDefault(decl, host) {
    return decl.hostDefaults?.[host] ?? decl.default;
}
function inputRequired(decl, host) {
    return decl.hostRequired?.[host] ?? decl.required;
}
function findInput(manifest, id) {
    const decl = manifest.inputs.find(i => i.id === id);
    if (!decl)
        throw new Error(`${manifest.name}: the manifest declares no input '${id}'`);
    return decl;
}
function findOutput(manifest, id) {
    const decl = manifest.outputs.find(o => o.id === id);
    if (!decl)
        throw new Error(`${manifest.name}: the manifest declares no output '${id}'`);
    return decl;
}

;// CONCATENATED MODULE: ./src/core/plan.ts
/**
 * The plan model: a list of changes, each with a target, an action, the exact body or manifest,
 * a reason and risk flags. Computing a plan is pure; rendering lives in render.ts.
 */

const RISK_FLAGS = (/* unused pure expression or super */ null && ([
    'widens-egress',
    'public-exposure',
    'replaces-resource',
    'waf-detection',
]));
const KNOWN_AFTER_APPLY_PREFIX = '<known after apply: ';
/** The placeholder for a value only known once apply has run (offline plans). */
function knownAfterApply(what) {
    return `${KNOWN_AFTER_APPLY_PREFIX}${what}>`;
}
function isKnownAfterApply(value) {
    return value.startsWith(KNOWN_AFTER_APPLY_PREFIX);
}
/** Whether a body still holds a value only known once another change has been applied. */
function hasUnknownValues(body) {
    return JSON.stringify(body ?? null).includes(KNOWN_AFTER_APPLY_PREFIX);
}
/** A change's identity in dependency lists: its resource ID, or `helm:<ns>/<release>`. */
function changeKey(change) {
    switch (change.target) {
        case 'arm':
            return change.resourceId;
        case 'helm':
            return `helm:${change.namespace}/${change.release}`;
        case 'kubernetes':
            return `kubernetes:${changeSubject(change)}`;
    }
}
function isNoop(change) {
    return change.action === 'noop';
}
function hasWrites(plan) {
    return plan.changes.some(c => !isNoop(c));
}
/** A short, stable label for a change's target, for logs and tables. */
function changeSubject(change) {
    switch (change.target) {
        case 'arm':
            return change.resourceId;
        case 'helm':
            return `helm release ${change.namespace}/${change.release} (${change.chart} ${change.version})`;
        case 'kubernetes': {
            const meta = change.manifest['metadata'];
            const ns = meta?.namespace ? `${meta.namespace}/` : '';
            return `${String(change.manifest['kind'])} ${ns}${meta?.name ?? '?'}`;
        }
    }
}
function rankFor(order) {
    return change => {
        const index = order.indexOf(change.action);
        return index === -1 ? order.length : index;
    };
}
function stableSort(changes, rank) {
    return changes
        .map((change, index) => ({ change, index }))
        .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
        .map(entry => entry.change);
}
/** Display order: deletions first, then creates, then updates (cdk's order), no-ops last. */
function displayOrder(changes) {
    return stableSort(changes, rankFor(['delete', 'create', 'install', 'apply', 'update', 'upgrade', 'restart']));
}
/**
 * Apply order: make before break. Creates, then updates, then deletions; no-ops are dropped.
 * Within one action the planner's order (its dependency order) is kept.
 */
function applyOrder(changes) {
    return stableSort(changes.filter(c => !isNoop(c)), rankFor(['create', 'install', 'apply', 'update', 'upgrade', 'restart', 'delete']));
}
/** Changes carrying a flag that the user has not opted into. */
function blockedChanges(plan, allowed) {
    return plan.changes
        .filter(c => !isNoop(c))
        .map(change => ({ change, flags: change.flags.filter(f => !allowed.has(f)) }))
        .filter(entry => entry.flags.length > 0);
}
/** An ARM change with the api-version of its resource's provider and no flags by default. */
function armChange(resourceId, action, reason, extra = {}) {
    return {
        target: 'arm',
        action,
        resourceId,
        apiVersion: apiVersionFor(resourceId),
        reason,
        flags: [],
        ...extra,
    };
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __nccwpck_require__(6153);
;// CONCATENATED MODULE: ./src/core/render.ts


const TOOL_NAME = 'aks-secure-networking';
const PLAN_SCHEMA_VERSION = 1;
/** Recursively sorts object keys so the same plan always serialises to the same bytes. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (0,json/* compareCodeUnits */.UF)(a, b));
        return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
    }
    return value;
}
/** A change with its keys in the documented order; bodies and manifests in canonical order. */
function changeRecord(change) {
    switch (change.target) {
        case 'arm':
            return {
                target: change.target,
                action: change.action,
                resourceId: change.resourceId,
                apiVersion: change.apiVersion,
                ...(change.body !== undefined
                    ? { body: canonical(change.body) }
                    : change.unknownBody !== undefined
                        ? { body: change.unknownBody }
                        : {}),
                ...(change.ifMatch === undefined ? {} : { ifMatch: change.ifMatch }),
                reason: change.reason,
                flags: [...change.flags],
                ...(change.dependsOn && change.dependsOn.length > 0
                    ? { dependsOn: [...change.dependsOn] }
                    : {}),
            };
        case 'helm':
            return {
                target: change.target,
                action: change.action,
                release: change.release,
                namespace: change.namespace,
                chart: change.chart,
                repo: change.repo,
                version: change.version,
                values: canonical(change.values),
                reason: change.reason,
                flags: [...change.flags],
                ...(change.dependsOn && change.dependsOn.length > 0
                    ? { dependsOn: [...change.dependsOn] }
                    : {}),
            };
        case 'kubernetes':
            return {
                target: change.target,
                action: change.action,
                manifest: canonical(change.manifest),
                reason: change.reason,
                flags: [...change.flags],
                ...(change.dependsOn && change.dependsOn.length > 0
                    ? { dependsOn: [...change.dependsOn] }
                    : {}),
            };
    }
}
/** The plan file (DESIGN.md section 3): a contract read by reviewers and other tools. */
function planFileObject(plan, context) {
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        tool: TOOL_NAME,
        step: plan.step,
        mode: context.mode,
        offline: context.offline,
        changes: plan.changes.map(changeRecord),
        outputs: canonical(plan.outputs),
    };
}
function renderPlanJson(plan, context) {
    return `${JSON.stringify(planFileObject(plan, context), null, 2)}\n`;
}
const ACTION_MARK = {
    create: '+ create',
    install: '+ install',
    apply: '~ apply',
    update: '~ update',
    upgrade: '~ upgrade',
    restart: '~ restart',
    delete: '- delete',
    noop: '  no change',
};
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** A value for the outputs table; a multi-line one (a PEM) shows its first line and its size. */
function outputCell(value) {
    const lines = value.trimEnd().split(/\r?\n/);
    if (lines.length === 1)
        return `\`${escapeCell(value)}\``;
    return `\`${escapeCell(lines[0] ?? '')}\` … (${lines.length} lines)`;
}
function countActions(plan) {
    const noops = plan.changes.filter(isNoop).length;
    return { writes: plan.changes.length - noops, noops };
}
/** The plan as Markdown: job summary, ADO summary attachment and CLI output. */
function renderPlanMarkdown(plan, context) {
    const { writes, noops } = countActions(plan);
    const where = context.offline ? 'offline plan' : context.mode === 'plan' ? 'plan' : 'apply';
    const lines = [
        `### ${plan.step}: ${where}`,
        '',
        writes === 0
            ? `No changes: ${noops} resource(s) already as desired.`
            : `${writes} change(s), ${noops} unchanged.`,
        '',
        '| action | target | reason | flags |',
        '| --- | --- | --- | --- |',
        ...displayOrder(plan.changes).map(c => `| ${ACTION_MARK[c.action]} | \`${escapeCell(changeSubject(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`),
    ];
    const outputs = Object.entries(plan.outputs);
    if (outputs.length > 0) {
        lines.push('', '| output | value |', '| --- | --- |');
        for (const [name, value] of outputs)
            lines.push(`| ${name} | ${outputCell(value)} |`);
    }
    if (plan.notes !== undefined && plan.notes.length > 0) {
        lines.push('', ...plan.notes.map(note => `- ${note.replace(/\r?\n/g, ' ')}`));
    }
    return `${lines.join('\n')}\n`;
}
/** One line per change for the log. */
function renderPlanText(plan) {
    return displayOrder(plan.changes).map(c => {
        const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : '';
        return `${ACTION_MARK[c.action].padEnd(11)} ${changeSubject(c)}: ${c.reason}${flags}`;
    });
}

// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var structured = __nccwpck_require__(6126);
;// CONCATENATED MODULE: ./src/core/spec-reader.ts


/**
 * Reads a step's inputs once, at the edge, collecting every problem instead of stopping at the
 * first. Problems name the input in the host's own spelling and never echo secret values.
 */
class SpecReader {
    manifest;
    inputs;
    host;
    problems = [];
    /** Notes on ignored or conflicting optional inputs: logged as warnings, never fatal. */
    warnings = [];
    constructor(manifest, inputs, host) {
        this.manifest = manifest;
        this.inputs = inputs;
        this.host = host;
    }
    /** The input's name as this host spells it. */
    name(id) {
        return inputName(findInput(this.manifest, id), this.host);
    }
    /** Whether the step's manifest declares the input at all. */
    declares(id) {
        return this.manifest.inputs.some(i => i.id === id);
    }
    /** The raw, trimmed value, or the manifest default; undefined when neither is set. */
    raw(id) {
        const decl = this.declOnHost(id);
        if (!decl)
            return undefined;
        const value = this.inputs.get(id)?.trim();
        if (value !== undefined && value !== '')
            return value;
        return inputDefault(decl, this.host);
    }
    /** Whether the user set the input (a default does not count). */
    isSet(id) {
        const value = this.inputs.get(id)?.trim();
        return value !== undefined && value !== '';
    }
    optional(id, parse) {
        const value = this.raw(id);
        return value === undefined ? undefined : this.parse(id, value, parse);
    }
    required(id, parse, why) {
        const value = this.raw(id);
        if (value === undefined) {
            this.problem(id, undefined, why ?? 'is required and was not given.');
            return undefined;
        }
        return this.parse(id, value, parse);
    }
    /** For inputs with a manifest default: always yields a value unless the given one is invalid. */
    withDefault(id, parse) {
        const decl = findInput(this.manifest, id);
        if (inputDefault(decl, this.host) === undefined) {
            throw new Error(`${this.manifest.name}: input '${id}' has no default in the manifest`);
        }
        return this.optional(id, parse);
    }
    /** Records a problem found by a cross-input check. */
    problem(id, value, message) {
        const decl = findInput(this.manifest, id);
        this.problems.push({
            input: inputName(decl, this.host),
            value: decl.secret || value === undefined ? undefined : value,
            message,
        });
    }
    /** Records a warning about an ignored or conflicting optional input. */
    warn(message) {
        this.warnings.push(`${this.manifest.name}: ${message}`);
    }
    hasProblems() {
        return this.problems.length > 0;
    }
    /** Throws one InputError with every problem found, or returns the built spec. */
    finish(build) {
        if (this.problems.length > 0)
            throw new errors/* InputError */.dz(this.manifest.name, this.problems);
        return build();
    }
    parse(id, value, parse) {
        const result = parse(value);
        if (result.ok)
            return result.value;
        this.problem(id, value, result.message);
        return undefined;
    }
    declOnHost(id) {
        const decl = findInput(this.manifest, id);
        return inputOnHost(decl, this.host) ? decl : undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/reflect-metadata-shim.ts
const store = new WeakMap();
function ownMap(target, property, create) {
    let byProperty = store.get(target);
    if (!byProperty) {
        if (!create)
            return undefined;
        byProperty = new Map();
        store.set(target, byProperty);
    }
    let map = byProperty.get(property);
    if (!map && create) {
        map = new Map();
        byProperty.set(property, map);
    }
    return map;
}
/** Installs the shim on the global `Reflect` unless a metadata polyfill is already there. */
function installReflectMetadataShim() {
    const reflect = Reflect;
    if (typeof reflect.getMetadata === 'function')
        return;
    reflect.getOwnMetadata = (key, target, property) => ownMap(target, property, false)?.get(key);
    reflect.getMetadata = (key, target, property) => {
        let current = target;
        while (current) {
            const map = ownMap(current, property, false);
            if (map?.has(key))
                return map.get(key);
            current = Object.getPrototypeOf(current);
        }
        return undefined;
    };
    reflect.hasMetadata = (key, target, property) => reflect.getMetadata?.(key, target, property) !== undefined;
    reflect.defineMetadata = (key, value, target, property) => {
        ownMap(target, property, true)?.set(key, value);
    };
    reflect.metadata = (key, value) => (target, property) => {
        ownMap(target, property, true)?.set(key, value);
    };
}

;// CONCATENATED MODULE: ./src/core/x509.ts


let x509Module;
let loaded;
/**
 * @peculiar/x509, loaded on first use after the reflect-metadata shim its dependency tsyringe
 * needs. A static import would evaluate tsyringe first (jest links CommonJS dependencies of an
 * ES module before running any module body, and a bundle hoists them), and the library is only
 * needed when a step generates certificates or reads certificate inputs (the host loads it
 * before parsing inputs declared `certificates`).
 */
function loadX509() {
    x509Module ??= (async () => {
        installReflectMetadataShim();
        const x509 = await __nccwpck_require__.e(/* import() */ 927).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8927, 19));
        x509.cryptoProvider.set(external_node_crypto_.webcrypto);
        loaded = x509;
        return x509;
    })();
    return x509Module;
}
/** The library after `loadX509`, for synchronous reads such as an input parser's. */
function loadedX509() {
    if (loaded === undefined) {
        throw new Error('the X.509 library was read before it was loaded (internal error)');
    }
    return loaded;
}
/** Reads basic constraints and key usage of a DER certificate (after `loadX509`). */
function caConstraints(der) {
    const x509 = loadedX509();
    const certificate = new x509.X509Certificate(der);
    const basic = certificate.getExtension(x509.BasicConstraintsExtension);
    const usage = certificate.getExtension(x509.KeyUsagesExtension);
    return {
        pathLength: basic?.pathLength,
        mayCertSign: usage === null ? undefined : (usage.usages & x509.KeyUsageFlags.keyCertSign) !== 0,
    };
}
/**
 * The extensions of a CA certificate: basic constraints CA with the path length, key usage
 * keyCertSign and cRLSign (both critical), and the subject key identifier of its public key.
 */
async function certificateAuthorityExtensions(x509, publicKey, pathLength) {
    return [
        new x509.BasicConstraintsExtension(true, pathLength, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(publicKey),
    ];
}

;// CONCATENATED MODULE: ./src/hosts/version.ts
/** The project's version, stamped from package.json by `npm run manifests`. */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/hosts/run-step.ts











const SECRET_KEY = /token|secret|password|key-data|certificate-data|^value$/i;
/**
 * The credential values in a kubeconfig's content (YAML or JSON): tokens, keys, passwords,
 * client certificates, exec plugin env values and the argument after a `--token`-like flag.
 */
async function kubeconfigSecrets(content) {
    const found = [];
    const walk = (node, key = '') => {
        if (Array.isArray(node)) {
            const items = node;
            items.forEach((item, i) => {
                const previous = items[i - 1];
                if (typeof item === 'string' &&
                    typeof previous === 'string' &&
                    /^--?[\w-]*(token|secret|password)/i.test(previous)) {
                    found.push(item);
                }
                walk(item, key);
            });
        }
        else if (node !== null && typeof node === 'object') {
            for (const [k, v] of Object.entries(node))
                walk(v, k);
        }
        else if (typeof node === 'string' && SECRET_KEY.test(key)) {
            found.push(node);
        }
    };
    try {
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        walk(parse(content));
    }
    catch {
        // Not parseable: mask it whole rather than risk printing a credential.
        found.push(content);
    }
    return found.filter(v => v.trim().length >= 4);
}
/** Masks every secret input before anything else runs. */
async function maskSecretInputs(host, step) {
    for (const decl of step.manifest.inputs) {
        if (!decl.secret || !inputOnHost(decl, host.kind))
            continue;
        const value = host.inputs.get(decl.id);
        if (!value)
            continue;
        if (decl.id === 'kubeconfig') {
            // A kubeconfig's content is mostly ordinary text ("apiVersion: v1"): mask its credentials.
            for (const secret of await kubeconfigSecrets(value))
                host.secrets.mask(secret);
        }
        else {
            host.secrets.mask(value);
        }
    }
}
/** The ARM port of an offline run: any call is a bug, since offline runs never observe. */
function offlineArm(step) {
    const refuse = () => {
        throw new errors/* PreconditionError */.Rb(`${step}: an offline run makes no Azure calls (internal error).`);
    };
    return new Proxy({}, { get: () => refuse });
}
/**
 * The cluster port when none was built (offline, or the step does not need the cluster for
 * this spec): any call is a bug.
 */
function noCluster(step, offline) {
    const why = offline ? 'an offline run makes no cluster calls' : 'this run has no cluster access';
    const refuse = () => {
        throw new errors/* PreconditionError */.Rb(`${step}: ${why} (internal error).`);
    };
    return new Proxy({}, { get: () => refuse });
}
/**
 * Resolves the `kubeconfig` input (or KUBECONFIG / ~/.kube/config) and builds the cluster port,
 * unless the host provides the cluster itself (the CLI's saved scrapes). The adapter is imported
 * on demand so steps without a cluster do not load it.
 */
async function connectCluster(host, step) {
    const name = step.manifest.name;
    if (host.cluster)
        return host.cluster();
    // Read only when declared (CLUSTER_INPUTS): Azure Pipelines inputs resolve through the manifest.
    const declared = step.manifest.inputs.find(i => i.id === 'kubeconfig');
    const input = declared && inputOnHost(declared, host.kind) ? host.inputs.get('kubeconfig') : undefined;
    const { resolveKubeconfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5217));
    const location = await resolveKubeconfig(input, {
        tempDir: host.tempDirectory,
        env: process.env,
    });
    const where = location.source === 'input-content' ? "the 'kubeconfig' input's content" : `'${location.path}'`;
    host.log.info(`${name}: cluster access through the kubeconfig ${where} (${location.source}).`);
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(414)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9414));
    return createCluster({
        exec: host.exec,
        kubeconfigPath: location.path,
        log: host.log,
        clock: host.clock,
    });
}
function isVerifyStep(step) {
    return 'kind' in step && step.kind === 'verify';
}
function parseInputs(host, step) {
    const reader = new SpecReader(step.manifest, host.inputs, host.kind);
    const common = (0,common_inputs/* readCommonInputs */.di)(reader);
    const azure = (0,common_inputs/* usesAzure */.I1)(step.manifest);
    const connection = azure ? host.readAzureConnection(reader, common) : undefined;
    const subscriptionId = common.subscriptionId ?? connection?.subscriptionId;
    if (azure &&
        subscriptionId === undefined &&
        !reader.hasProblems() &&
        host.kind === 'azure-pipelines') {
        reader.problem('subscription-id', undefined, 'is required: the service connection names no subscription (or none is used offline). Give the subscription ID, a GUID.');
    }
    const knownCloud = common_inputs/* CLOUD_NAMES */.vD.find(n => n === connection?.cloud.name);
    const spec = step.parseSpec(reader, {
        ...common,
        subscriptionId,
        cloud: knownCloud ?? common.cloud,
    });
    if (common.offline && reader.isSet('mode') && reader.raw('mode') === 'apply') {
        reader.warn(`'${reader.name('offline')}' is true, so '${reader.name('mode')}: apply' is ignored and nothing is changed.`);
    }
    for (const warning of reader.warnings)
        host.log.warn(warning);
    return { spec, common, connection };
}
async function writeRunFile(host, path, content) {
    const full = (0,external_node_path_.resolve)(host.workingDirectory, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(full), { recursive: true });
    await (0,promises_.writeFile)(full, content, 'utf8');
    return full;
}
function optInMessage(host, step, blocked) {
    const lines = blocked.map(({ change, flags }) => {
        const inputs = flags.map(flag => {
            const id = step.optInInput(flag);
            return id
                ? `'${inputName(findInput(step.manifest, id), host.kind)}: true'`
                : `(no opt-in for ${flag})`;
        });
        return `  - ${changeSubject(change)}: ${flags.join(', ')} (set ${inputs.join(' and ')})`;
    });
    return `${step.manifest.name}: the plan has changes that need an explicit opt-in; nothing was changed.\n${lines.join('\n')}`;
}
/** The ports a step sees: the host's, plus the domain ports built for this run. */
function stepContext(host, arm, kube, run) {
    return {
        log: host.log,
        outputs: host.outputs,
        summary: host.summary,
        secrets: host.secrets,
        exec: host.exec,
        clock: host.clock,
        files: host.files,
        arm,
        kube,
        mode: run.mode,
        offline: run.offline,
    };
}
/** Writes the step's file and names it in the outputs. */
async function writeStepFile(host, file, outputs) {
    const path = await writeRunFile(host, file.path, file.content);
    outputs[file.output] = path;
}
/**
 * A verify step: observe, judge, then the evidence file, the outputs and the summary, whether or
 * not the verification passed.
 */
async function runVerification(host, step, spec, outputs) {
    const name = step.manifest.name;
    const ctx = stepContext(host, offlineArm(name), await connectCluster(host, step), {
        mode: 'plan',
        offline: false,
    });
    const state = await host.log.group(`${name}: observe`, () => step.observe(ctx, spec));
    const verification = step.judge(spec, state, { name: TOOL_NAME, version: VERSION });
    for (const warning of verification.warnings)
        host.log.warn(`${name}: ${warning}`);
    if (verification.file) {
        await writeStepFile(host, verification.file, outputs);
        host.log.info(`${name}: evidence written to ${outputs[verification.file.output] ?? ''}`);
    }
    Object.assign(outputs, verification.outputs);
    for (const [id, value] of Object.entries(outputs))
        host.outputs.set(id, value);
    await host.summary.write(verification.summary);
    return verification;
}
/**
 * The single place that drives a step and catches: parse → observe → plan → apply →
 * re-observe and verify → outputs and summary. Never calls process.exit.
 */
async function runStep(host, step) {
    const name = step.manifest.name;
    let plan;
    let planContext;
    let verification;
    const outputs = {};
    try {
        await maskSecretInputs(host, step);
        // Parsers too large to load on every start, loaded (before the synchronous spec) when used.
        const given = step.manifest.inputs.filter(i => inputOnHost(i, host.kind) && host.inputs.get(i.id)?.trim());
        if (given.some(i => i.structured))
            await (0,structured/* loadStructuredParser */.V)();
        if (given.some(i => i.certificates))
            await loadX509();
        const parsed = parseInputs(host, step);
        const { common, connection } = parsed;
        let spec = parsed.spec;
        await host.prepare?.();
        if (isVerifyStep(step)) {
            verification = await runVerification(host, step, spec, outputs);
            if (!verification.passed) {
                throw new errors/* VerificationError */.mk(verification.failure ?? `${name}: the verification did not pass.`, verification.findings);
            }
            host.succeed();
            return { status: 'succeeded', verification, outputs };
        }
        let arm = offlineArm(name);
        if (!common.offline) {
            const target = step.azureTarget(spec);
            if (target && connection) {
                host.checkAzurePreconditions?.(connection);
                if (host.loadAzure === undefined) {
                    throw new errors/* PreconditionError */.Rb(`${name}: this bundle was built without the Azure SDKs (internal error).`);
                }
                const { connectNetwork } = await host.loadAzure();
                arm = connectNetwork({
                    step: name,
                    cloud: connection.cloud,
                    credential: connection.credential,
                    subscriptionId: target.subscriptionId,
                    log: host.log,
                    clock: host.clock,
                    version: VERSION,
                    ...(connection.trustedCaPem ? { trustedCaPem: connection.trustedCaPem } : {}),
                });
            }
        }
        const kube = !common.offline && step.needsCluster?.(spec) === true
            ? await connectCluster(host, step)
            : noCluster(name, common.offline);
        const ctx = stepContext(host, arm, kube, common);
        planContext = { mode: common.mode, offline: common.offline };
        if (!common.offline && step.resolve)
            spec = await step.resolve(ctx, spec);
        const state = common.offline
            ? step.offlineState(spec)
            : await host.log.group(`${name}: observe`, () => step.observe(ctx, spec));
        const planned = step.plan(spec, state);
        plan = planned;
        host.log.info(`${name}: plan (${common.offline ? 'offline' : common.mode})`);
        for (const line of renderPlanText(planned))
            host.log.info(`  ${line}`);
        for (const warning of planned.warnings ?? [])
            host.log.warn(`${name}: ${warning}`);
        for (const note of planned.notes ?? [])
            host.log.info(`${name}: ${note}`);
        if (common.planFile !== undefined) {
            const path = await writeRunFile(host, common.planFile, renderPlanJson(planned, planContext));
            host.log.info(`${name}: plan file written to ${path}`);
            outputs['plan-file'] = path;
        }
        let final = { ...planned.outputs };
        let notes = planned.notes;
        if (common.mode === 'apply') {
            const blocked = blockedChanges(planned, step.allowedFlags(spec));
            if (blocked.length > 0)
                throw new errors/* OptInRequiredError */.Uo(optInMessage(host, step, blocked));
            if (hasWrites(planned)) {
                await host.log.group(`${name}: apply`, () => step.apply(ctx, spec, planned));
                const after = await step.observe(ctx, spec);
                const replanned = step.plan(spec, after);
                const remaining = replanned.changes.filter(c => c.action !== 'noop');
                if (remaining.length > 0) {
                    throw new errors/* ConvergenceError */.g7(`${name}: after apply, ${remaining.length} change(s) are still pending: ${remaining.map(changeSubject).join(', ')}. Another writer may be changing these resources; run the step again to see the plan.`);
                }
                final = step.outputs(spec, after);
                notes = replanned.notes;
            }
            else {
                host.log.info(`${name}: nothing to change.`);
                final = step.outputs(spec, state);
            }
        }
        Object.assign(outputs, final);
        for (const [id, value] of Object.entries(outputs))
            host.outputs.set(id, value);
        await host.summary.write(renderPlanMarkdown({ ...planned, outputs, notes: notes ?? [] }, planContext));
        host.succeed();
        return { status: 'succeeded', plan, outputs };
    }
    catch (error) {
        const isInput = error instanceof errors/* InputError */.dz;
        const message = error instanceof errors/* StepError */.zg
            ? error.message
            : `${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
        if (!isInput && error instanceof Error && error.stack)
            host.log.debug(error.stack);
        if (plan && planContext) {
            await host.summary
                .write(`${renderPlanMarkdown(plan, planContext)}\n**Failed:** ${message}\n`)
                .catch(() => undefined);
        }
        host.fail(message, isInput ? 'input' : 'failure');
        return {
            status: isInput ? 'invalid' : 'failed',
            ...(plan ? { plan } : {}),
            ...(verification ? { verification } : {}),
            outputs,
        };
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/hosts/azure-pipelines/protocol.ts
/**
 * The Azure Pipelines agent's logging-command protocol and the environment it hands a task.
 * Inputs, logs and a failed result are written here before task-lib is loaded, so a run that
 * fails on its inputs never pays task-lib's start-up (its vault encrypts every input at import).
 * After the inputs are valid, the host loads task-lib for outputs, the summary and the result.
 */

/** Escapes a logging command's message, as task-lib does. */
function escapeData(text) {
    return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a logging command's property value, as task-lib does. */
function escapeProperty(text) {
    return escapeData(text).replace(/]/g, '%5D').replace(/;/g, '%3B');
}
/** `##vso[area.action key=value;]message` */
function loggingCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeProperty(v)};`)
        .join('');
    return `##vso[${command}${props ? ` ${props}` : ''}]${escapeData(message)}`;
}
function writeLine(line) {
    process.stdout.write(`${line}${external_node_os_.EOL}`);
}
/** The agent's environment variable key for a name: `.` and spaces become `_`, upper case. */
function variableKey(name) {
    return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();
}
/**
 * A snapshot of what the agent passes in the environment: inputs (`INPUT_*`) and service
 * connections (`ENDPOINT_*`). Taken before task-lib's import moves them into its vault.
 */
class AgentEnvironment {
    env;
    constructor(env = process.env) {
        this.env = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_') || k.startsWith('ENDPOINT_')));
    }
    input(name) {
        const value = this.env[`INPUT_${variableKey(name)}`]?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    endpointUrl(id) {
        return this.env[`ENDPOINT_URL_${id}`] || undefined;
    }
    endpointScheme(id) {
        return this.env[`ENDPOINT_AUTH_SCHEME_${id}`] || undefined;
    }
    endpointAuth(id, key) {
        return this.env[`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`] || undefined;
    }
    endpointData(id, key) {
        return this.env[`ENDPOINT_DATA_${id}_${key.toUpperCase()}`] || undefined;
    }
}

;// CONCATENATED MODULE: ./src/hosts/azure-pipelines/adapters.ts





/** task-lib, loaded once the inputs are valid (see protocol.ts). */
class TaskLibLoader {
    lib;
    async load() {
        this.lib ??= await __nccwpck_require__.e(/* import() */ 358).then(__nccwpck_require__.t.bind(__nccwpck_require__, 358, 23));
        return this.lib;
    }
    get() {
        if (!this.lib)
            throw new Error('azure-pipelines-task-lib is used before it was loaded');
        return this.lib;
    }
}
/** Azure Pipelines inputs: the canonical id maps to the camelCase task input through the manifest. */
class AdoInputs {
    manifest;
    agent;
    constructor(manifest, agent) {
        this.manifest = manifest;
        this.agent = agent;
    }
    get(id) {
        return this.agent.input(adoInputName(findInput(this.manifest, id)));
    }
}
class AdoLog {
    debug(message) {
        writeLine(loggingCommand('task.debug', message));
    }
    info(message) {
        writeLine(message);
    }
    warn(message) {
        writeLine(loggingCommand('task.issue', message, { type: 'warning' }));
    }
    error(message) {
        writeLine(loggingCommand('task.issue', message, { type: 'error' }));
    }
    async group(title, fn) {
        writeLine(`##[group]${title}`);
        try {
            return await fn();
        }
        finally {
            writeLine('##[endgroup]');
        }
    }
}
/** Output variables (`isOutput=true`), so later jobs read them as `<stepName>.<output>`. */
class AdoOutputs {
    manifest;
    taskLib;
    constructor(manifest, taskLib) {
        this.manifest = manifest;
        this.taskLib = taskLib;
    }
    set(id, value) {
        this.taskLib.get().setVariable(adoOutputName(findOutput(this.manifest, id)), value, false, true);
    }
}
/** Attaches the Markdown to the run summary (`##vso[task.uploadsummary]`). */
class AdoSummary {
    step;
    taskLib;
    constructor(step, taskLib) {
        this.step = step;
        this.taskLib = taskLib;
    }
    async write(markdown) {
        const tl = await this.taskLib.load();
        const base = tl.getVariable('Agent.TempDirectory') ?? (0,external_node_os_.tmpdir)();
        const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)(base, 'aks-secure-networking-'));
        const path = (0,external_node_path_.join)(dir, `${this.step}.md`);
        (0,external_node_fs_namespaceObject.writeFileSync)(path, markdown, 'utf8');
        tl.uploadSummary(path);
    }
}
/** `##vso[task.setsecret]`, line by line: the agent refuses multi-line secrets. */
class AdoSecrets {
    mask(value) {
        for (const line of value.split(/\r?\n/)) {
            if (line.trim() !== '')
                writeLine(loggingCommand('task.setsecret', line.trim()));
        }
    }
}

;// CONCATENATED MODULE: ./src/azure/clouds.ts
const KNOWN = {
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
};
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function knownCloud(name) {
    return KNOWN[name];
}
/** Finds the known cloud whose ARM endpoint this is, or describes a custom one. */
function cloudForEndpoint(armEndpoint, authorityHost) {
    const arm = trimSlash(armEndpoint);
    const known = Object.values(KNOWN).find(c => c.armEndpoint.toLowerCase() === arm.toLowerCase());
    if (known && (authorityHost === undefined || trimSlash(authorityHost) === known.authorityHost)) {
        return known;
    }
    return {
        name: 'Custom',
        armEndpoint: arm,
        authorityHost: trimSlash(authorityHost ?? KNOWN.AzureCloud.authorityHost),
        tokenExchangeAudience: KNOWN.AzureCloud.tokenExchangeAudience,
        isCustom: true,
    };
}
/** The token scope for ARM in this cloud. Passed explicitly: the SDK defaults to public ARM. */
function armScope(cloud) {
    return `${cloud.armEndpoint}/.default`;
}

;// CONCATENATED MODULE: ./src/hosts/azure-pipelines/connection.ts



const SCHEMES = [
    'WorkloadIdentityFederation',
    'ServicePrincipal',
    'ManagedServiceIdentity',
];
function cloudOf(agent, id) {
    const url = agent.endpointUrl(id);
    const authority = agent.endpointData(id, 'activeDirectoryAuthority');
    const environment = agent.endpointData(id, 'environment');
    if (url)
        return cloudForEndpoint(url, authority);
    const known = common_inputs/* CLOUD_NAMES */.vD.find(n => n.toLowerCase() === environment?.toLowerCase());
    return knownCloud(known ?? 'AzureCloud');
}
/**
 * Azure Pipelines sign-in from an AzureRM service connection: workload identity federation
 * (an OIDC token requested per assertion), service principal with a secret or certificate,
 * or managed identity. Every secret read here is masked at once.
 */
function readAdoConnection(agent, secrets) {
    return (reader, common) => {
        const input = reader.name('azure-subscription');
        const id = reader.raw('azure-subscription');
        if (id === undefined) {
            if (!common.offline) {
                reader.problem('azure-subscription', undefined, 'is required: name an Azure Resource Manager service connection (or set offline: true to plan without one).');
            }
            return undefined;
        }
        const scheme = agent.endpointScheme(id);
        if (!scheme) {
            reader.problem('azure-subscription', id, 'names no service connection this pipeline may use. Check the name and that the pipeline is authorised to use it.');
            return undefined;
        }
        const known = SCHEMES.find(s => s.toLowerCase() === scheme.toLowerCase());
        if (!known) {
            reader.problem('azure-subscription', id, `uses authentication scheme '${scheme}'; accepted: ${SCHEMES.join(', ')}.`);
            return undefined;
        }
        const tenantId = agent.endpointAuth(id, 'tenantid');
        const clientId = agent.endpointAuth(id, 'serviceprincipalid');
        const subscriptionId = agent.endpointData(id, 'subscriptionid');
        const need = (value, what) => {
            if (value === undefined) {
                reader.problem('azure-subscription', id, `has no ${what}; recreate or edit the service connection (${input}).`);
                return '';
            }
            return value;
        };
        let credential;
        switch (known) {
            case 'WorkloadIdentityFederation': {
                const token = agent.endpointAuth('SYSTEMVSSCONNECTION', 'AccessToken') ??
                    process.env['SYSTEM_ACCESSTOKEN'];
                if (token)
                    secrets.mask(token);
                credential = {
                    kind: 'azure-pipelines',
                    tenantId: need(tenantId, 'tenant ID'),
                    clientId: need(clientId, 'service principal ID'),
                    serviceConnectionId: id,
                    systemAccessToken: token ?? '',
                };
                break;
            }
            case 'ServicePrincipal': {
                const type = agent.endpointAuth(id, 'authenticationType') ?? 'spnKey';
                if (type.toLowerCase() === 'spncertificate') {
                    const pem = agent.endpointAuth(id, 'servicePrincipalCertificate');
                    if (pem)
                        secrets.mask(pem);
                    credential = {
                        kind: 'client-certificate',
                        tenantId: need(tenantId, 'tenant ID'),
                        clientId: need(clientId, 'service principal ID'),
                        certificatePem: need(pem, 'certificate'),
                    };
                }
                else {
                    const key = agent.endpointAuth(id, 'serviceprincipalkey');
                    if (key)
                        secrets.mask(key);
                    credential = {
                        kind: 'client-secret',
                        tenantId: need(tenantId, 'tenant ID'),
                        clientId: need(clientId, 'service principal ID'),
                        clientSecret: need(key, 'service principal key'),
                    };
                }
                break;
            }
            case 'ManagedServiceIdentity': {
                const msiClientId = agent.endpointData(id, 'msiclientId');
                credential = msiClientId
                    ? { kind: 'managed-identity', clientId: msiClientId }
                    : { kind: 'managed-identity' };
                break;
            }
        }
        // Offline runs never sign in, but the connection still tells the cloud (and its AKS rules).
        return { cloud: cloudOf(agent, id), credential, ...(subscriptionId ? { subscriptionId } : {}) };
    };
}
function checkAdoPreconditions(connection) {
    if (connection.credential.kind !== 'azure-pipelines')
        return;
    if (!process.env['SYSTEM_OIDCREQUESTURI'] || !connection.credential.systemAccessToken) {
        throw new errors/* PreconditionError */.Rb('The agent offered no OIDC request URL or job access token, so workload identity federation cannot sign in. Run on an agent that supports it (the task needs agent 3.232.1 or later), and do not restrict the job access token.');
    }
}

;// CONCATENATED MODULE: ./src/hosts/azure-pipelines/run.ts







function adoHost(step) {
    const agent = new AgentEnvironment();
    const secrets = new AdoSecrets();
    const taskLib = new TaskLibLoader();
    const workingDirectory = process.env['SYSTEM_DEFAULTWORKINGDIRECTORY'] ?? process.cwd();
    return {
        kind: 'azure-pipelines',
        inputs: new AdoInputs(step.manifest, agent),
        log: new AdoLog(),
        outputs: new AdoOutputs(step.manifest, taskLib),
        summary: new AdoSummary(step.manifest.name, taskLib),
        secrets,
        exec: new NodeExec(),
        clock: systemClock,
        files: new NodeSecretFiles(workingDirectory),
        readAzureConnection: readAdoConnection(agent, secrets),
        checkAzurePreconditions: checkAdoPreconditions,
        prepare: async () => {
            await taskLib.load();
        },
        fail: message => {
            // The same two commands task-lib's setResult(Failed) writes, without loading task-lib.
            writeLine(loggingCommand('task.issue', message, { type: 'error', source: 'TaskInternal' }));
            writeLine(loggingCommand('task.complete', message, { result: 'Failed' }));
            process.exitCode = 1;
        },
        succeed: () => {
            const tl = taskLib.get();
            tl.setResult(tl.TaskResult.Succeeded, '');
        },
        workingDirectory,
        tempDirectory: process.env['AGENT_TEMPDIRECTORY'] ?? (0,external_node_os_.tmpdir)(),
    };
}
/** The Azure Pipelines entry: run one step with the agent's inputs and service connection. */
async function runAdoStep(step, loadAzure) {
    await runStep({ ...adoHost(step), ...(loadAzure ? { loadAzure } : {}) }, step);
}


/***/ }),

/***/ 421:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ verifyEncryption)
});

// EXTERNAL MODULE: ./src/core/json.ts
var json = __nccwpck_require__(6153);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __nccwpck_require__(5772);
;// CONCATENATED MODULE: ./src/core/inputs/kubernetes-names.ts
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

;// CONCATENATED MODULE: ./src/core/inputs/port.ts

const MAX_PORT = 65535;
const PORT_ACCEPTED = 'use a whole number from 1 to 65535, like 443';
const RANGE_ACCEPTED = 'use a port like 443, a range like 1000-2000, or * for all ports';
/** Parses a TCP/UDP port: a whole number from 1 to 65535, without sign, decimals or leading zeros. */
function parsePort(raw) {
    const port = toPort(raw);
    return port === undefined ? fail(`not a port; ${PORT_ACCEPTED}`) : ok(port);
}
/** Parses `443`, `1000-2000` (from <= to) or `*` (1-65535). */
function parsePortRange(raw) {
    if (raw === '*')
        return (0,inputs_parsed.ok)({ from: 1, to: MAX_PORT });
    const parts = raw.split('-').map(part => part.trim());
    const [fromText = '', toText] = parts;
    if (parts.length > 2)
        return (0,inputs_parsed/* fail */.f)(`not a port range; ${RANGE_ACCEPTED}`);
    const from = toPort(fromText);
    const to = toText === undefined ? from : toPort(toText);
    if (from === undefined || to === undefined) {
        return (0,inputs_parsed/* fail */.f)(`not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`);
    }
    if (from > to)
        return (0,inputs_parsed/* fail */.f)(`the range is reversed; put the lower port first, like ${to}-${from}`);
    return (0,inputs_parsed.ok)({ from, to });
}
/** `443` for one port, `*` for 1-65535, otherwise `from-to`. Round-trips through parsePortRange. */
function formatPortRange(range) {
    if (range.from === 1 && range.to === MAX_PORT)
        return '*';
    return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
function toPort(text) {
    if (!/^[1-9][0-9]{0,4}$/.test(text))
        return undefined;
    const port = Number(text);
    return port <= MAX_PORT ? port : undefined;
}

;// CONCATENATED MODULE: ./src/core/inputs/shape.ts

/** Validates `value` against `shape`; the failure lists every problem, joined by '; '. */
function validateShape(shape, value) {
    const problems = [];
    const checked = shape.check(value, '', problems);
    if (checked.ok && problems.length === 0)
        return (0,inputs_parsed.ok)(checked.value);
    const messages = problems.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
    return (0,inputs_parsed/* fail */.f)(messages.join('; '));
}
function string(options = {}) {
    const expected = options.pattern === undefined ? 'a string' : `a string of ${options.pattern.description}`;
    return leaf(expected, (value, path, problems) => {
        if (typeof value !== 'string')
            return problem(path, problems, `expected ${expected}`);
        if (options.parse !== undefined) {
            const text = value.trim();
            if (text === '')
                return problem(path, problems, 'expected a non-empty string');
            const parsed = options.parse(text);
            return parsed.ok ? { ok: true, value: parsed.value } : problem(path, problems, parsed.message);
        }
        if (options.pattern !== undefined && !options.pattern.regex.test(value)) {
            return problem(path, problems, `expected ${expected}`);
        }
        return { ok: true, value };
    });
}
/** A whole number, optionally within `min`..`max` (inclusive). */
function integer(range = {}) {
    const { min, max } = range;
    const bounds = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
                ? ` of at most ${max}`
                : '';
    const expected = `an integer${bounds}`;
    return leaf(expected, (value, path, problems) => {
        const valid = typeof value === 'number' &&
            Number.isInteger(value) &&
            (min === undefined || value >= min) &&
            (max === undefined || value <= max);
        return valid ? { ok: true, value } : problem(path, problems, `expected ${expected}`);
    });
}
/** A YAML/JSON boolean (`true`/`false`, not the string "true"). */
function shape_boolean() {
    return leaf('a boolean', (value, path, problems) => typeof value === 'boolean'
        ? { ok: true, value }
        : problem(path, problems, 'expected a boolean'));
}
/** One of the given literals. Strings match ignoring case and return the canonical spelling. */
function oneOf(literals) {
    const expected = `one of: ${literals.map(String).join(', ')}`;
    return leaf(expected, (value, path, problems) => {
        const match = literals.find(literal => literal === value ||
            (typeof literal === 'string' &&
                typeof value === 'string' &&
                literal.toLowerCase() === value.toLowerCase()));
        return match !== undefined
            ? { ok: true, value: match }
            : problem(path, problems, `expected ${expected}`);
    });
}
/** An array whose every item matches `item`. */
function array(item, size = {}) {
    const expected = `an array of ${item.expected}`;
    return leaf(expected, (value, path, problems) => {
        if (!Array.isArray(value))
            return problem(path, problems, `expected ${expected}`);
        const items = value;
        const before = problems.length;
        if (size.minItems !== undefined && items.length < size.minItems) {
            problem(path, problems, `expected at least ${size.minItems} item(s)`);
        }
        if (size.maxItems !== undefined && items.length > size.maxItems) {
            problem(path, problems, `expected at most ${size.maxItems} item(s)`);
        }
        const values = [];
        items.forEach((element, index) => {
            const checked = item.check(element, `${path}[${index}]`, problems);
            if (checked.ok)
                values.push(checked.value);
        });
        return problems.length === before ? { ok: true, value: values } : { ok: false };
    });
}
/**
 * Marks an object field as optional. A missing key, `undefined` or `null` (YAML's empty value)
 * counts as absent and is left out of the result.
 */
function optional(shape) {
    return {
        expected: shape.expected,
        isOptional: true,
        check: (value, path, problems) => value === undefined || value === null
            ? { ok: true, value: undefined }
            : shape.check(value, path, problems),
    };
}
/** A plain object with exactly these fields. Unknown keys are problems that name the allowed keys. */
function object(fields) {
    const keys = Object.keys(fields);
    const expected = `an object with keys ${keys.join(', ')}`;
    return leaf(expected, (value, path, problems) => {
        if (!isPlainObject(value))
            return problem(path, problems, `expected ${expected}`);
        const before = problems.length;
        const result = {};
        for (const key of Object.keys(value)) {
            if (!Object.hasOwn(fields, key)) {
                problem(join(path, key), problems, `unknown key; allowed keys are ${keys.join(', ')}`);
            }
        }
        for (const [key, field] of Object.entries(fields)) {
            const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
            if (fieldValue === undefined && !field.isOptional) {
                problem(join(path, key), problems, `required; expected ${field.expected}`);
                continue;
            }
            const checked = field.check(fieldValue, join(path, key), problems);
            if (checked.ok && checked.value !== undefined)
                result[key] = checked.value;
        }
        // The fields' checks have validated every key of InferObject<F>.
        return problems.length === before
            ? { ok: true, value: result }
            : { ok: false };
    });
}
function leaf(expected, check) {
    return { expected, isOptional: false, check };
}
function problem(path, problems, message) {
    problems.push({ path, message });
    return { ok: false };
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function join(path, key) {
    const segment = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? key : JSON.stringify(key);
    if (segment !== key)
        return `${path}[${segment}]`;
    return path === '' ? key : `${path}.${key}`;
}

// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var structured = __nccwpck_require__(6126);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/allow-list.ts





/** Parses a namespace name: a DNS-1123 label of at most 63 characters. */
function parseNamespaceName(raw) {
    return isDnsLabel(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)("not a namespace name; use a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit, like payments");
}
function parseNamespaceOrStar(raw) {
    return raw === '*' ? (0,inputs_parsed.ok)(raw) : parseNamespaceName(raw);
}
function parseWorkloadName(raw) {
    return isDnsSubdomain(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)("not a workload name; use the Deployment, StatefulSet, DaemonSet, CronJob, Job or pod name (lower-case letters, digits, '-' and '.')");
}
function parseReason(raw) {
    return raw.length <= 300 ? (0,inputs_parsed.ok)(raw) : (0,inputs_parsed/* fail */.f)('is longer than 300 characters; keep the reason short');
}
/** A port (`443`) or a range (`8000-8100`), as a YAML number or a string. */
function portOrRange() {
    const expected = 'a port from 1 to 65535 or a range like 8000-8100';
    return {
        expected,
        isOptional: false,
        check: (value, path, problems) => {
            const text = typeof value === 'number' ? String(value) : value;
            const parsed = typeof text === 'string' ? parsePortRange(text.trim()) : undefined;
            if (parsed?.ok === true && text !== '*')
                return { ok: true, value: parsed.value };
            problems.push({ path, message: `expected ${expected}` });
            return { ok: false };
        },
    };
}
const AllowShape = array(object({
    namespace: string({ parse: parseNamespaceOrStar }),
    workload: optional(string({ parse: parseWorkloadName })),
    port: optional(portOrRange()),
    direction: optional(oneOf(['inbound', 'outbound'])),
    reason: string({ parse: parseReason }),
}));
/** Parses the `allow-plaintext` document: a YAML or JSON list of entries; unknown keys are errors. */
function parseAllowList(raw) {
    const doc = (0,structured/* parseStructured */.j)(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(AllowShape, doc.value ?? []);
    if (!checked.ok)
        return checked;
    const problems = [];
    const entries = checked.value.map((e, i) => {
        if (e.namespace === '*' && e.workload === undefined && e.port === undefined) {
            problems.push(`[${i}]: namespace '*' needs a workload or a port; an entry that allows every plaintext connection proves nothing`);
        }
        return {
            index: i + 1,
            namespace: e.namespace,
            ...(e.workload !== undefined ? { workload: e.workload } : {}),
            ...(e.port !== undefined ? { ports: e.port } : {}),
            ...(e.direction !== undefined ? { direction: e.direction } : {}),
            reason: e.reason,
        };
    });
    return problems.length > 0 ? (0,inputs_parsed/* fail */.f)(problems.join('; ')) : (0,inputs_parsed.ok)(entries);
}
/** `#2 (payments/api, inbound port 8080: reason)`, how the report names an entry. */
function describeEntry(entry) {
    const scope = [
        entry.workload === undefined ? entry.namespace : `${entry.namespace}/${entry.workload}`,
        entry.direction,
        entry.ports === undefined ? undefined : `port ${formatPortRange(entry.ports)}`,
    ]
        .filter((p) => p !== undefined)
        .join(' ');
    return `allow-plaintext #${entry.index} (${scope}): ${entry.reason}`;
}
function covers(entry, subject) {
    return ((entry.namespace === '*' || entry.namespace === subject.namespace) &&
        (entry.workload === undefined || entry.workload === subject.workload));
}
/** Whether an entry names traffic (a port or a direction); only those allow plaintext. */
function namesTraffic(entry) {
    return entry.ports !== undefined || entry.direction !== undefined;
}
/**
 * The first entry that allows a plaintext edge (or skipped ports) of this direction and port
 * range. Only entries with a port or a direction allow traffic: an entry without either is for
 * an unmeshed (or unverified) pod, and must not also excuse every plaintext edge in its scope.
 */
function allowingTraffic(entries, subject) {
    return entries.find(e => namesTraffic(e) &&
        covers(e, subject) &&
        (e.direction === undefined || e.direction === subject.direction) &&
        (e.ports === undefined ||
            (e.ports.from <= subject.ports.from && subject.ports.to <= e.ports.to)));
}
/**
 * The first entry that allows a whole pod to be unmeshed: one without a port or direction
 * (a namespace-wide entry may, since it names no traffic in particular).
 */
function allowingUnmeshed(entries, subject) {
    return entries.find(e => covers(e, subject) && !namesTraffic(e));
}
/**
 * The first entry that allows a pod to stay unverified: it must name the workload, and no port
 * or direction. A namespace-wide entry never excuses a pod whose traffic nobody saw.
 */
function allowingUnverified(entries, subject) {
    return entries.find(e => e.workload !== undefined && covers(e, subject) && !namesTraffic(e));
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/prometheus-text.ts
/**
 * A parser for the Prometheus text exposition format (version 0.0.4), as the Linkerd proxy's
 * admin server writes it on `/metrics`: `name{label="value",...} value [timestamp]` lines,
 * `#` comments. Label values may escape `\\`, `\"` and `\n`.
 */
const SHOWN_CHARACTERS = 500;
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/**
 * Names and most label values repeat across lines and scrapes. Each is kept once, as a copy
 * detached from the scrape's text: a substring can keep its whole source string alive, and a
 * parsed scrape must not hold its text. The map holds at most KEPT_TEXT_LIMIT texts (it starts
 * over when full) and is emptied by `forgetKeptText` once a run has read its scrapes, so a
 * long-lived process does not keep the texts of runs that are over.
 */
const kept = new Map();
const KEPT_TEXT_LIMIT = 100_000;
/** Lets go of the texts kept for sharing; the samples already read keep their own copies. */
function forgetKeptText() {
    kept.clear();
}
/** How many texts are kept for sharing (for tests and the benchmark). */
function keptTextCount() {
    return kept.size;
}
/** A copy that shares no memory with the text it was cut from. */
function copyOf(text) {
    return Array.from(text).join('');
}
function detach(text) {
    let copy = kept.get(text);
    if (copy === undefined) {
        copy = copyOf(text);
        if (kept.size >= KEPT_TEXT_LIMIT)
            kept.clear();
        kept.set(copy, copy);
    }
    return copy;
}
function parseValue(text) {
    switch (text) {
        case '+Inf':
        case 'Inf':
            return Infinity;
        case '-Inf':
            return -Infinity;
        case 'NaN':
            return NaN;
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/** Reads `{a="x",b="y"}` from `line` at `start` (the `{`); returns the labels and the index after `}`. */
function parseLabels(line, start) {
    const labels = {};
    let i = start + 1;
    for (;;) {
        while (line[i] === ' ' || line[i] === ',')
            i++;
        if (line[i] === '}')
            return { labels, end: i + 1 };
        const eq = line.indexOf('=', i);
        if (eq < 0)
            return undefined;
        const name = line.slice(i, eq).trim();
        // A label given twice has no defined value (Prometheus rejects such a line).
        if (!LABEL_NAME.test(name) || line[eq + 1] !== '"' || name in labels)
            return undefined;
        let value = '';
        let j = eq + 2;
        let from = j;
        for (;;) {
            const c = line[j];
            if (c === undefined)
                return undefined;
            if (c === '"')
                break;
            if (c === '\\') {
                const next = line[j + 1];
                value += line.slice(from, j) + (next === 'n' ? '\n' : (next ?? ''));
                j += 2;
                from = j;
                continue;
            }
            j++;
        }
        value += line.slice(from, j);
        labels[detach(name)] = detach(value);
        i = j + 1;
    }
}
/**
 * Parses the samples of the families `keep` accepts (all when absent); other lines are skipped
 * before their labels are read, which keeps large scrapes cheap. A sample `reject` refuses (a
 * value the caller cannot use) counts as a malformed line.
 */
function parsePrometheusText(text, keep, reject) {
    const samples = [];
    let malformedLines = 0;
    let firstMalformed;
    const malformed = (line) => {
        malformedLines++;
        firstMalformed ??= copyOf(line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS)}…` : line);
    };
    let from = 0;
    while (from <= text.length) {
        let to = text.indexOf('\n', from);
        if (to < 0)
            to = text.length;
        const line = text.slice(from, to).trim();
        from = to + 1;
        if (line === '' || line.startsWith('#'))
            continue;
        const name = NAME.exec(line)?.[0];
        if (name === undefined) {
            malformed(line);
            continue;
        }
        if (keep !== undefined && !keep(name))
            continue;
        let rest = name.length;
        let labels = {};
        if (line[rest] === '{') {
            const parsed = parseLabels(line, rest);
            if (parsed === undefined) {
                malformed(line);
                continue;
            }
            labels = parsed.labels;
            rest = parsed.end;
        }
        // The value, then an optional timestamp.
        const [valueText, timestamp, extra] = line.slice(rest).trim().split(/\s+/);
        const value = valueText === undefined ? undefined : parseValue(valueText);
        if (value === undefined ||
            extra !== undefined ||
            (timestamp !== undefined && !/^-?\d+$/.test(timestamp))) {
            malformed(line);
            continue;
        }
        const sample = { name: detach(name), labels, value };
        if (reject?.(sample) === true) {
            malformed(line);
            continue;
        }
        samples.push(sample);
    }
    return { samples, malformedLines, firstMalformed };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/proxy-metrics.ts
/**
 * What a Linkerd proxy's `/metrics` says about the traffic it carried: the counters with TLS
 * labels, the process start time (to spot restarts), the identity certificate's expiry and the
 * proxy version. Label names: linkerd2-proxy `linkerd/app/core/src/transport/labels.rs`,
 * `linkerd/app/inbound/src/metrics/authz.rs` (see mesh.md section 4.5).
 */

/**
 * The counters read, all with the TLS labels: the edges are built from them (mesh.md 4.5;
 * linkerd2-proxy `app/inbound/src/metrics/authz.rs` for the inbound authorization counters).
 */
const EDGE_COUNTERS = [
    /** Connections opened, both directions, with `peer`, `tls`, `client_id`/`server_id`. */
    'tcp_open_total',
    /** HTTP requests, both directions, with `tls` and the peer identity. */
    'request_total',
    /** Inbound HTTP requests that were authorized, with the route (`route_name="probe"`). */
    'inbound_http_authz_allow_total',
    /** Inbound connections authorized as TCP (not HTTP). */
    'inbound_tcp_authz_allow_total',
    /** Inbound HTTP requests the policy denied: their payload still crossed the network. */
    'inbound_http_authz_deny_total',
    /** Inbound HTTP requests that matched no route of the pod's policy. */
    'inbound_http_route_not_found_total',
    /** Inbound TCP connections the policy refused. */
    'inbound_tcp_authz_deny_total',
    /** Inbound TCP connections closed when the policy stopped authorizing them. */
    'inbound_tcp_authz_terminate_total',
];
/** Inbound requests or connections the pod's policy refused (on the proxy, not the app). */
const REFUSAL_COUNTERS = new Set([
    'inbound_http_authz_deny_total',
    'inbound_http_route_not_found_total',
    'inbound_tcp_authz_deny_total',
    'inbound_tcp_authz_terminate_total',
]);
/** The identity certificate's expiry; renamed across proxy versions, so matched by suffix. */
const CERT_EXPIRY_SUFFIX = 'cert_expiration_timestamp_seconds';
const COUNTERS = new Set(EDGE_COUNTERS);
function keep(name) {
    return (COUNTERS.has(name) ||
        name === 'process_start_time_seconds' ||
        name === 'proxy_build_info' ||
        name.endsWith(CERT_EXPIRY_SUFFIX));
}
/** A stable key for one series: the counter and its labels in name order. */
function seriesKey(counter, labels) {
    const pairs = Object.keys(labels)
        .sort()
        .map(k => `${k}=${JSON.stringify(labels[k])}`);
    return `${counter}{${pairs.join(',')}}`;
}
/** A counter sample that says nothing trustworthy: no count, or no direction when it needs one. */
function unusable(sample) {
    if (!COUNTERS.has(sample.name))
        return false;
    if (!Number.isFinite(sample.value) || sample.value < 0)
        return true;
    const direction = sample.labels['direction'];
    // The inbound_* authorization counters are inbound by name.
    return !sample.name.startsWith('inbound_') && direction !== 'inbound' && direction !== 'outbound';
}
function readProxySnapshot(text) {
    const parsed = parsePrometheusText(text, keep, unusable);
    const series = new Map();
    const counters = new Set();
    let processStartSeconds;
    let certExpiry;
    let proxyVersion;
    let identified = false;
    for (const sample of parsed.samples) {
        if (COUNTERS.has(sample.name)) {
            const counter = sample.name;
            counters.add(counter);
            const key = seriesKey(counter, sample.labels);
            const before = series.get(key)?.value ?? 0;
            series.set(key, { counter, labels: sample.labels, value: before + sample.value });
        }
        else if (sample.name === 'process_start_time_seconds') {
            identified = true;
            processStartSeconds = sample.value;
        }
        else if (sample.name === 'proxy_build_info') {
            identified = true;
            proxyVersion = sample.labels['version'] ?? sample.labels['git_version'] ?? proxyVersion;
        }
        else if (Number.isFinite(sample.value) && sample.value > 0) {
            if (certExpiry === undefined || sample.value < certExpiry.seconds) {
                certExpiry = { metric: sample.name, seconds: sample.value };
            }
        }
    }
    return {
        series,
        counters,
        processStartSeconds,
        certExpiry,
        proxyVersion,
        identified,
        unreadable: { count: parsed.malformedLines, example: parsed.firstMalformed },
    };
}
/** The first line of an answer, short and on one line, to show what came back instead. */
function opening(text) {
    const first = text.trimStart().split('\n', 1)[0] ?? '';
    const flat = Array.from(first, c => (c < ' ' || c === '\u007f' ? ' ' : c))
        .join('')
        .trim();
    return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
/**
 * Why an answer is not a Linkerd proxy's metrics, or undefined when it is. A real scrape always
 * names the proxy (`proxy_build_info`, `process_start_time_seconds`) and always holds a
 * connection counter: the scrape itself opens an inbound connection to the admin port. An empty
 * body (what `kubectl get --raw … > file` leaves when kubectl fails), an error page or another
 * server's metrics must never count as a proxy that saw no plaintext.
 */
function notAProxyScrape(snapshot, text) {
    const missing = [
        snapshot.identified
            ? undefined
            : "it has neither 'proxy_build_info' nor 'process_start_time_seconds'",
        snapshot.counters.size > 0
            ? undefined
            : 'no connection or request counter (tcp_open_total, request_total, inbound_*_authz_*_total)',
    ].filter((m) => m !== undefined);
    if (missing.length === 0)
        return undefined;
    const bytes = Buffer.byteLength(text, 'utf8');
    const start = opening(text);
    return `the answer (${bytes} ${bytes === 1 ? 'byte' : 'bytes'}${start === '' ? '' : `, starting '${start}'`}) is not a Linkerd proxy's metrics: ${missing.join(', and ')}.`;
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/edges.ts
/**
 * Traffic edges from one proxy's counters, and whether each is mutual TLS. An edge is one
 * side's view: a meshed pod's inbound traffic on a port from one kind of client, or its
 * outbound traffic to one destination workload (or address), with one TLS state.
 */


/** The proxy's own ports: 4190 (control/tap) and 4191 (admin: metrics, probes). */
const PROXY_PORTS = new Set([4190, 4191]);
/** Why a connection was not mutual TLS, per the proxy's `no_tls_reason` (mesh.md 4.5). */
const NO_TLS_REASONS = {
    no_tls_from_remote: 'the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer)',
    not_provided_by_service_discovery: 'the destination is not meshed or is outside the cluster, so the proxy sent it plaintext',
    ingress_without_override: "an ingress-mode proxy got a request without the 'l5d-dst-override' header and sent it plaintext",
    port_skipped: 'the port is opaque and the connection did not come through the mesh',
    loopback: 'local traffic between the application and its own proxy',
    disabled: 'identity is disabled on this proxy',
};
const DST_WORKLOAD_LABELS = [
    ['dst_deployment', 'deployment'],
    ['dst_statefulset', 'statefulset'],
    ['dst_daemonset', 'daemonset'],
    ['dst_job', 'job'],
    ['dst_replicationcontroller', 'replicationcontroller'],
    ['dst_pod', 'pod'],
];
function directionOf(series) {
    // The authorization counters are inbound by name and carry no `direction` label.
    if (series.counter.startsWith('inbound_'))
        return 'inbound';
    const direction = series.labels['direction'];
    return direction === 'inbound' || direction === 'outbound' ? direction : undefined;
}
function portOf(labels) {
    const text = labels['target_port'] ?? /:(\d+)$/.exec(labels['target_addr'] ?? '')?.[1];
    return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}
/** The destination of an outbound series: its namespace and workload, else its address. */
function destination(labels) {
    const namespace = labels['dst_namespace'];
    const workload = DST_WORKLOAD_LABELS.find(([label]) => labels[label] !== undefined);
    if (namespace !== undefined && workload !== undefined) {
        return `${namespace}/${workload[1]}/${labels[workload[0]] ?? ''}`;
    }
    if (namespace !== undefined && labels['dst_service'] !== undefined) {
        return `${namespace}/service/${labels['dst_service']}`;
    }
    return labels['target_addr'] ?? 'an unknown address';
}
/** Whether the series says mutual TLS: `tls="true"` and a non-empty peer identity. */
function isMutualTls(tls, identity) {
    return tls === 'true' && identity !== undefined && identity !== '';
}
/** Why an edge is not mutual TLS, in words; unknown labels are named, never mapped to "fine". */
function plaintextReason(tls, identity, noTlsReason, sni, direction) {
    if (tls === 'true') {
        return `TLS without a ${direction === 'inbound' ? 'client' : 'server'} identity: encrypted, but not mutually authenticated`;
    }
    if (tls === 'opaque') {
        return `TLS passed through to the application${sni ? ` (SNI ${sni})` : ''}: the mesh did not terminate it and cannot verify it`;
    }
    if (tls === 'disabled')
        return NO_TLS_REASONS['disabled'] ?? 'identity disabled';
    if (noTlsReason !== undefined && noTlsReason !== '') {
        return (NO_TLS_REASONS[noTlsReason] ??
            `no TLS, for a reason this tool does not know ('${noTlsReason}'), so it counts as plaintext`);
    }
    return `no TLS (tls='${tls}'${identity === undefined ? '' : `, identity '${identity}'`}), with no reason given`;
}
/** Why a series says nothing about traffic between workloads, or undefined when it does. */
function exclusion(series, direction) {
    const peer = series.labels['peer'];
    if ((direction === 'outbound' && peer === 'src') || (direction === 'inbound' && peer === 'dst')) {
        return 'local leg between the application and its own proxy';
    }
    if (series.labels['no_tls_reason'] === 'loopback')
        return 'loopback traffic inside the pod';
    const port = portOf(series.labels);
    if (direction === 'inbound' && port !== undefined && PROXY_PORTS.has(port)) {
        return `the proxy's own ${port === 4191 ? 'admin port 4191 (metrics and probes, including this scrape)' : 'port 4190'}`;
    }
    return undefined;
}
/**
 * The counters that count traffic in this snapshot, without counting anything twice:
 * connections from `tcp_open_total` (else the TCP authorizations, allowed or denied), requests
 * from `request_total` (else the HTTP authorizations, allowed, denied or without a route, as in
 * proxies that expose only those). Refused traffic still crossed the network, so it counts.
 */
function countingSeries(snapshot) {
    const hasTcp = snapshot.counters.has('tcp_open_total');
    const hasRequests = snapshot.counters.has('request_total');
    const out = [];
    for (const series of snapshot.series.values()) {
        switch (series.counter) {
            case 'tcp_open_total':
                out.push({ series, kind: 'connections' });
                break;
            case 'request_total':
                out.push({ series, kind: 'requests' });
                break;
            case 'inbound_tcp_authz_allow_total':
            case 'inbound_tcp_authz_deny_total':
                if (!hasTcp)
                    out.push({ series, kind: 'connections' });
                break;
            case 'inbound_http_authz_allow_total':
            case 'inbound_http_authz_deny_total':
            case 'inbound_http_route_not_found_total':
                if (!hasRequests)
                    out.push({ series, kind: 'requests' });
                break;
            case 'inbound_tcp_authz_terminate_total':
                // Connections allowed first (counted there), closed later.
                break;
        }
    }
    return out;
}
/** The edges one proxy's counters show (with a value above zero), in a stable order. */
function edgesOf(pod, snapshot) {
    const byKey = new Map();
    for (const { series, kind } of countingSeries(snapshot)) {
        if (series.value <= 0)
            continue;
        const direction = directionOf(series);
        if (direction === undefined)
            continue;
        const { labels } = series;
        const identity = direction === 'inbound' ? labels['client_id'] : labels['server_id'];
        const tls = labels['tls'] ?? '';
        const port = portOf(labels);
        const peer = direction === 'inbound' ? '' : destination(labels);
        const excluded = exclusion(series, direction);
        const key = [
            direction,
            port,
            tls,
            identity,
            labels['no_tls_reason'],
            labels['sni'],
            peer,
            excluded,
        ].join('|');
        const acc = byKey.get(key) ?? {
            direction,
            port,
            peer,
            tls,
            identity,
            noTlsReason: labels['no_tls_reason'],
            sni: labels['sni'],
            connections: 0,
            requests: 0,
            excluded,
        };
        if (kind === 'connections')
            acc.connections += series.value;
        else
            acc.requests += series.value;
        byKey.set(key, acc);
    }
    const edges = [...byKey.values()].map((acc) => {
        const encrypted = isMutualTls(acc.tls, acc.identity);
        const verdict = acc.excluded !== undefined ? 'excluded' : encrypted ? 'encrypted' : 'plaintext';
        const peer = acc.direction === 'inbound'
            ? acc.identity
                ? `client ${acc.identity}`
                : 'a client without a mesh identity'
            : acc.identity
                ? `${acc.peer} (server ${acc.identity})`
                : acc.peer;
        return {
            namespace: pod.namespace,
            pod: pod.name,
            workload: pod.workload,
            direction: acc.direction,
            port: acc.port,
            peer,
            tls: acc.tls,
            identity: acc.identity,
            noTlsReason: acc.noTlsReason,
            connections: acc.connections,
            requests: acc.requests,
            verdict,
            reason: verdict === 'excluded'
                ? `excluded: ${acc.excluded ?? ''}`
                : verdict === 'encrypted'
                    ? 'mutual TLS'
                    : plaintextReason(acc.tls, acc.identity, acc.noTlsReason, acc.sni, acc.direction),
        };
    });
    return edges.sort(compareEdges);
}
function compareEdges(a, b) {
    return ((0,json/* compareCodeUnits */.UF)(a.namespace, b.namespace) ||
        (0,json/* compareCodeUnits */.UF)(a.pod, b.pod) ||
        (0,json/* compareCodeUnits */.UF)(a.direction, b.direction) ||
        (a.port ?? 0) - (b.port ?? 0) ||
        (0,json/* compareCodeUnits */.UF)(a.peer, b.peer) ||
        (0,json/* compareCodeUnits */.UF)(a.tls, b.tls));
}
/** The probe evidence for an inbound port, from the authorization counters. */
function probeEvidence(snapshot, port) {
    let plaintextRequests = 0;
    let probeRouteRequests = 0;
    let plaintextTcpConnections = 0;
    const plaintextRefused = {};
    let hasRouteLabels = false;
    for (const series of snapshot.series.values()) {
        const { labels } = series;
        if (portOf(labels) !== port || isMutualTls(labels['tls'] ?? '', labels['client_id']))
            continue;
        if (series.counter === 'inbound_http_authz_allow_total') {
            plaintextRequests += series.value;
            if (labels['route_name'] !== undefined)
                hasRouteLabels = true;
            if (labels['route_kind'] === 'default' && labels['route_name'] === 'probe') {
                probeRouteRequests += series.value;
            }
        }
        else if (series.counter === 'inbound_tcp_authz_allow_total') {
            plaintextTcpConnections += series.value;
        }
        else if (REFUSAL_COUNTERS.has(series.counter) && series.value > 0) {
            plaintextRefused[series.counter] = (plaintextRefused[series.counter] ?? 0) + series.value;
        }
    }
    return {
        plaintextRequests,
        probeRouteRequests,
        plaintextTcpConnections,
        plaintextRefused,
        hasRouteLabels,
    };
}

// EXTERNAL MODULE: ./src/core/cluster.ts
var cluster = __nccwpck_require__(7113);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/pods.ts



/** The Linkerd proxy container's name (mesh.md 3.1). */
const PROXY_CONTAINER = 'linkerd-proxy';
/** The init container that installs the pod's iptables rules (absent in CNI mode; mesh.md 3.1). */
const PROXY_INIT_CONTAINER = 'linkerd-init';
const SKIP_INBOUND_ANNOTATION = 'config.linkerd.io/skip-inbound-ports';
const SKIP_OUTBOUND_ANNOTATION = 'config.linkerd.io/skip-outbound-ports';
const SKIP_SUBNETS_ANNOTATION = 'config.linkerd.io/skip-subnets';
/**
 * Where traffic is sent around the proxy, read from the pod (mesh.md 3.2): the annotations, and
 * the arguments linkerd-init got, which also hold what the injector added on its own (Linkerd's
 * defaults ignore 4567,4568 both ways; control-plane pods skip outbound 443). linkerd2-proxy-init
 * applies `--subnets-to-ignore` to inbound traffic from those sources, on every port.
 */
const BYPASS_SOURCES = [
    { direction: 'inbound', annotation: SKIP_INBOUND_ANNOTATION, flag: '--inbound-ports-to-ignore' },
    {
        direction: 'outbound',
        annotation: SKIP_OUTBOUND_ANNOTATION,
        flag: '--outbound-ports-to-ignore',
    },
];
const SKIP_SUBNETS_FLAG = '--subnets-to-ignore';
function podKey(pod) {
    return `${pod.namespace}/${pod.name}`;
}
function proxyPlacement(pod) {
    if (pod.initContainers.some(c => c.name === PROXY_CONTAINER))
        return 'native-sidecar';
    if (pod.containers.some(c => c.name === PROXY_CONTAINER))
        return 'container';
    return undefined;
}
/**
 * A Job the CronJob controller created: it names each Job `<cronjob>-<scheduled time in minutes
 * since 1970>` (`getJobName` in kube-controller-manager), and a CronJob's name has at most 52
 * characters so that the Job's fits in 63. The pod's owner reference names only the Job, so the
 * name is all there is: 8 digits (minutes from 1989 to 2160) after a name of at most 52.
 */
const CRONJOB_JOB = /^([a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)-(\d{8})$/;
/**
 * The workload a pod belongs to: its controller, a ReplicaSet's Deployment, a CronJob's Job's
 * CronJob (the Job's name changes every run, the CronJob's does not), or the pod itself.
 */
function workloadOf(pod) {
    const workload = (0,cluster/* podWorkload */.Zs)(pod);
    if (workload !== undefined)
        return { name: workload.name, kind: workload.kind };
    const owner = pod.owners[0];
    if (owner === undefined)
        return { name: pod.name, kind: 'Pod' };
    const cronJob = owner.kind === 'Job' ? CRONJOB_JOB.exec(owner.name)?.[1] : undefined;
    return cronJob !== undefined
        ? { name: cronJob, kind: 'CronJob' }
        : { name: owner.name, kind: owner.kind };
}
function listItems(value) {
    return (value ?? '')
        .split(',')
        .map(i => i.trim())
        .filter(i => i !== '');
}
/** The value of `--flag value` or `--flag=value` in a container's arguments (the last one wins). */
function argumentValue(args, flag) {
    let value;
    args.forEach((arg, i) => {
        if (arg === flag)
            value = args[i + 1];
        else if (arg.startsWith(`${flag}=`))
            value = arg.slice(flag.length + 1);
    });
    return value;
}
/** Items seen once each, with every place that sets them: the injector copies annotations into the args. */
class Sources {
    items = new Map();
    add(key, source, value) {
        const known = this.items.get(key);
        if (known === undefined)
            this.items.set(key, { value: value(), sources: [source] });
        else if (!known.sources.includes(source))
            known.sources.push(source);
    }
    list() {
        return [...this.items.values()].map(({ value, sources }) => ({ ...value, sources }));
    }
}
function skippedPorts(pod, initArgs) {
    const found = new Sources();
    for (const { direction, annotation, flag } of BYPASS_SOURCES) {
        const lists = [
            [annotation, pod.annotations[annotation]],
            [`${PROXY_INIT_CONTAINER} ${flag}`, initArgs && argumentValue(initArgs, flag)],
        ];
        for (const [source, value] of lists) {
            for (const item of listItems(value)) {
                const parsed = parsePortRange(item);
                const range = parsed.ok ? parsed.value : undefined;
                // The proxy's own ports skip the redirection to reach the proxy itself.
                const own = range !== undefined && range.from === range.to && PROXY_PORTS.has(range.from);
                if (direction === 'inbound' && own)
                    continue;
                const ports = range === undefined ? item : formatPortRange(range);
                found.add(`${direction} ${ports}`, source, () => ({ direction, ports, range }));
            }
        }
    }
    return found.list();
}
function skippedSubnets(pod, initArgs) {
    const found = new Sources();
    const lists = [
        [SKIP_SUBNETS_ANNOTATION, pod.annotations[SKIP_SUBNETS_ANNOTATION]],
        [
            `${PROXY_INIT_CONTAINER} ${SKIP_SUBNETS_FLAG}`,
            initArgs && argumentValue(initArgs, SKIP_SUBNETS_FLAG),
        ],
    ];
    for (const [source, value] of lists) {
        for (const subnet of listItems(value))
            found.add(subnet, source, () => ({ subnet }));
    }
    return found.list();
}
function describePod(pod) {
    const workload = workloadOf(pod);
    const initArgs = pod.initContainers.find(c => c.name === PROXY_INIT_CONTAINER)?.args;
    const probePaths = new Map();
    for (const probe of pod.httpProbes) {
        if (probe.port === undefined)
            continue;
        const paths = probePaths.get(probe.port) ?? [];
        if (!paths.includes(probe.path))
            paths.push(probe.path);
        probePaths.set(probe.port, paths);
    }
    return {
        namespace: pod.namespace,
        name: pod.name,
        workload: workload.name,
        workloadKind: workload.kind,
        proxy: proxyPlacement(pod),
        phase: pod.phase,
        hostNetwork: pod.hostNetwork,
        skipped: skippedPorts(pod, initArgs),
        skippedSubnets: skippedSubnets(pod, initArgs),
        probePaths,
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/judge.ts
/**
 * The verdict, from what was observed: pure. Fails on plaintext that no rule allows, on meshed
 * pods whose proxies could not be read, on unmeshed pods (with `require-meshed`), on traffic that
 * bypasses the proxies, on expired certificates, and when nothing at all was proven.
 */





const DAY_MS = 86_400_000;
/** What to do about a failed scrape (mesh.md 6). */
function scrapeFix(problem, pod, spec) {
    switch (problem) {
        case 'forbidden-by-rbac':
            return `Grant the identity 'get' on 'pods/proxy' (apiGroups [''], a Role and RoleBinding in namespace '${pod.namespace}'); the built-in 'view' role lacks it. Check with 'kubectl auth can-i get pods --subresource=proxy -n ${pod.namespace}'.`;
        case 'forbidden-by-pod':
            return "The pod's Linkerd proxy refused the API server: its admin server enforces the pod's inbound policy (all-authenticated, cluster-authenticated or deny). Add a Server for port 'linkerd-admin' with an AuthorizationPolicy that admits the API server through a NetworkAuthentication (README: 'When a scrape gets 403').";
        case 'timeout':
            return `The proxy did not answer within '${spec.inputNames['scrape-timeout'] ?? 'scrape-timeout'}': check that the pod is ready and that the API server reaches pods (on AKS through the konnectivity agent), or raise the timeout.`;
        case 'unreachable':
            return "The API server could not reach the proxy's admin port 4191: check that the linkerd-proxy container is running and ready.";
        case 'not-found':
            return 'The pod was deleted during verification (or its saved scrape is missing); run the verification again.';
        case 'not-served':
            return "Check that the pod's linkerd-proxy container is the one serving port 4191 (no other container of the pod may listen on it) and that it is a Linkerd proxy; then verify again.";
        case 'failed':
            return 'Run the verification again; if it fails again, read the message above.';
        case 'unreadable-metrics':
            return 'A Linkerd proxy writes every line readably: check what wrote or changed this scrape (a saved file edited or cut short, a proxy in front of the admin port), then verify again.';
        case 'not-a-proxy-scrape':
            return "Check that the linkerd-proxy container serves its admin port 4191. For saved scrapes, save again: a failed 'kubectl get --raw' (a 403, a timeout) leaves an empty file behind a plain redirection, so write to a temporary file and move it into place only when kubectl succeeds (README: air-gapped audits).";
    }
}
/** Why kubelet probes do, or do not, explain an inbound plaintext edge. */
function probeRule(edge, pod, snapshot) {
    if (edge.direction !== 'inbound' || edge.port === undefined)
        return { allowed: false };
    if (edge.noTlsReason !== 'no_tls_from_remote')
        return { allowed: false };
    const paths = pod.probePaths.get(edge.port);
    if (paths === undefined)
        return { allowed: false };
    const evidence = probeEvidence(snapshot, edge.port);
    const listed = paths.map(p => `'${p}'`).join(', ');
    const not = (hint) => ({
        allowed: false,
        hint: `the pod has HTTP probes on this port (${listed}), but ${hint}`,
    });
    if (paths.includes('/')) {
        return not("a probe path is '/', the application's own main route, so probes cannot be told apart from other plaintext requests; give the probe its own path or allow the port explicitly");
    }
    if (!evidence.hasRouteLabels) {
        return not('the proxy does not label its authorizations with routes (Linkerd before 2.12?), so the requests cannot be attributed to probes; allow the port explicitly');
    }
    if (evidence.plaintextTcpConnections > 0) {
        return not(`${evidence.plaintextTcpConnections} plaintext connection(s) on it were not HTTP`);
    }
    const refused = Object.entries(evidence.plaintextRefused).sort(([a], [b]) => (0,json/* compareCodeUnits */.UF)(a, b));
    if (refused.length > 0) {
        const total = refused.reduce((sum, [, n]) => sum + (n ?? 0), 0);
        return not(`${total} plaintext request(s) or connection(s) on it were refused (${refused.map(([counter]) => counter).join(', ')}): refused or not, their payload crossed the network in plaintext`);
    }
    if (evidence.probeRouteRequests === 0 ||
        evidence.probeRouteRequests < evidence.plaintextRequests) {
        return not(`${evidence.plaintextRequests - evidence.probeRouteRequests} of ${evidence.plaintextRequests} plaintext request(s) went to other routes than the synthesized 'probe' route`);
    }
    if (edge.connections > evidence.probeRouteRequests) {
        return not(`${edge.connections} plaintext connection(s) on this port but only ${evidence.probeRouteRequests} request(s) on the 'probe' route: the kubelet opens one connection per probe (it disables keep-alive), so the other connections carried something else`);
    }
    return {
        allowed: true,
        why: `kubelet probes: all ${evidence.probeRouteRequests} plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths ${listed}), on no more connections, none refused`,
    };
}
function judgeEdges(scrape, allow) {
    const { pod } = scrape;
    return edgesOf(pod, scrape.outcome.snapshot).map((edge) => {
        if (edge.verdict !== 'plaintext')
            return edge;
        // An edge without a port is allowed only by an entry for every port.
        const ports = edge.port === undefined ? { from: 1, to: 65535 } : { from: edge.port, to: edge.port };
        const entry = allowingTraffic(allow, { ...pod, direction: edge.direction, ports });
        if (entry !== undefined)
            return { ...edge, verdict: 'allowed', allowedBy: describeEntry(entry) };
        const probe = probeRule(edge, pod, scrape.outcome.snapshot);
        if (probe.allowed)
            return { ...edge, verdict: 'allowed', allowedBy: probe.why };
        return probe.hint === undefined ? edge : { ...edge, reason: `${edge.reason}; ${probe.hint}` };
    });
}
function edgeSubject(edge) {
    const port = edge.port === undefined ? '' : ` port ${edge.port}`;
    return `${edge.namespace}/${edge.pod} ${edge.direction}${port} ${edge.direction === 'inbound' ? 'from' : 'to'} ${edge.peer}`;
}
function isRunningOrPending(pod) {
    return pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
}
function judgeVerifyEncryption(spec, state) {
    const findings = [];
    const warnings = [];
    const allowName = spec.inputNames['allow-plaintext'] ?? 'allow-plaintext';
    const error = (subject, message) => {
        findings.push({ severity: 'error', subject, message });
    };
    const warning = (subject, message) => {
        findings.push({ severity: 'warning', subject, message });
        warnings.push(`${subject}: ${message}`);
    };
    const namespacesName = spec.inputNames['namespaces'] ?? 'namespaces';
    for (const ns of state.emptyNamespaces) {
        error(ns, `named in '${namespacesName}' but has no pods, or does not exist (a typo?): nothing in it was verified. Check the name, or remove it from '${namespacesName}'.`);
    }
    // Edges from every proxy that answered.
    const edges = [];
    const unverified = [];
    const proxyCertificates = [];
    const missingCertificates = [];
    const restarted = [];
    let scrapedPods = 0;
    for (const scrape of state.scrapes) {
        const { pod, outcome } = scrape;
        if (!outcome.ok) {
            const entry = allowingUnverified(spec.allow, pod);
            const fix = scrapeFix(outcome.problem, pod, spec);
            const failedScrape = outcome.scrape === 1 ? 'the scrape' : `scrape ${outcome.scrape} of the window`;
            unverified.push({
                pod,
                problem: outcome.problem,
                message: outcome.message,
                fix,
                ...(entry ? { allowedBy: describeEntry(entry) } : {}),
            });
            if (entry === undefined) {
                // A 403's own message says what the fix says.
                const said = outcome.problem.startsWith('forbidden') ? '.' : `: ${outcome.message}`;
                error(podKey(pod), `unverified: ${failedScrape} failed (${outcome.problem})${said} ${fix}`);
            }
            continue;
        }
        scrapedPods++;
        if (outcome.restarts.length > 0 || outcome.resets > 0)
            restarted.push(podKey(pod));
        for (const restart of outcome.restarts) {
            warning(podKey(pod), `its proxy restarted${restart.startedAt === undefined ? '' : ` at ${restart.startedAt}`}, between the scrapes at ${restart.after} and ${restart.before}: the traffic it carried from ${restart.after} until the restart was not observed (its counters started again from zero). Verify again to cover that span.`);
        }
        edges.push(...judgeEdges({ ...scrape, outcome }, spec.allow));
        const cert = outcome.snapshot.certExpiry;
        const at = Date.parse(scrape.scrapedAt[scrape.scrapedAt.length - 1] ?? state.finishedAt);
        if (cert === undefined) {
            missingCertificates.push(podKey(pod));
        }
        else {
            const expired = cert.seconds * 1000 <= at;
            const expiresAt = new Date(cert.seconds * 1000).toISOString();
            proxyCertificates.push({
                namespace: pod.namespace,
                pod: pod.name,
                metric: cert.metric,
                expiresAt,
                expired,
            });
            if (expired) {
                error(podKey(pod), `the proxy's identity certificate expired at ${expiresAt}: mutual TLS with this pod fails. Check the identity controller and the issuer certificate, then restart the pod.`);
            }
        }
    }
    edges.sort(compareEdges);
    for (const edge of edges.filter(e => e.verdict === 'plaintext')) {
        error(edgeSubject(edge), `not mutual TLS (${edge.tls === '' ? 'no tls label' : `tls=${edge.tls}`}): ${edge.reason}. Mesh the peer, or list it in '${allowName}' with the reason it is accepted.`);
    }
    if (missingCertificates.length > 0) {
        const [only] = missingCertificates;
        warning(missingCertificates.length === 1 && only !== undefined
            ? only
            : `${missingCertificates.length} proxies`, `${missingCertificates.length === 1 ? 'its proxy exposes' : 'expose'} no identity certificate expiry (a metric ending in '${CERT_EXPIRY_SUFFIX}'), so ${missingCertificates.length === 1 ? 'its certificate was' : 'their certificates were'} not checked.`);
    }
    // Pods.
    const meshed = state.pods.filter(p => p.proxy !== undefined);
    const notRunning = meshed.filter(p => p.phase !== 'Running');
    for (const pod of notRunning) {
        warning(podKey(pod), `meshed but ${pod.phase}, so its proxy was not scraped; its traffic (if any) is not in this verification.`);
    }
    const unmeshed = state.pods
        .filter(p => p.proxy === undefined && isRunningOrPending(p))
        .map((pod) => {
        const entry = allowingUnmeshed(spec.allow, pod);
        return entry ? { pod, allowedBy: describeEntry(entry) } : { pod };
    });
    const meshedName = spec.inputNames['require-meshed'] ?? 'require-meshed';
    for (const { pod, allowedBy } of unmeshed) {
        if (allowedBy !== undefined)
            continue;
        const why = pod.hostNetwork
            ? 'it uses the host network, which Linkerd cannot mesh'
            : "annotate its namespace or workload with 'linkerd.io/inject: enabled' and restart it";
        const message = `no Linkerd proxy: its traffic is not encrypted by the mesh (${why}), or list it in '${allowName}' (namespace and workload, no port) with the reason.`;
        if (spec.requireMeshed)
            error(podKey(pod), message);
        else
            warning(podKey(pod), `${message} Not failing: '${meshedName}' is false.`);
    }
    // Traffic that bypasses the proxy.
    const skipped = [];
    const skippedSubnets = [];
    const where = (sources) => sources.map(s => `'${s}'`).join(' and ');
    for (const pod of meshed.filter(isRunningOrPending)) {
        for (const { direction, ports, range, sources } of pod.skipped) {
            const entry = range === undefined
                ? undefined
                : allowingTraffic(spec.allow, { ...pod, direction, ports: range });
            skipped.push({
                pod,
                direction,
                ports,
                sources,
                ...(entry ? { allowedBy: describeEntry(entry) } : {}),
            });
            if (entry === undefined) {
                error(podKey(pod), `${direction} port(s) ${ports} skip the proxy (${where(sources)}): that traffic is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the port from the annotation (or the proxy-init configuration), or list it in '${allowName}' with the reason.`);
            }
        }
        for (const { subnet, sources } of pod.skippedSubnets) {
            // Inbound traffic from the subnet skips the proxy on every port.
            const entry = allowingTraffic(spec.allow, {
                ...pod,
                direction: 'inbound',
                ports: { from: 1, to: 65535 },
            });
            skippedSubnets.push({
                pod,
                subnet,
                sources,
                ...(entry ? { allowedBy: describeEntry(entry) } : {}),
            });
            if (entry === undefined) {
                error(podKey(pod), `inbound traffic from ${subnet} skips the proxy on every port (${where(sources)}): it is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the subnet, or list the workload in '${allowName}' with 'direction: inbound' (every port) and the reason.`);
            }
        }
    }
    // The issuer certificate: from the input (the primary path), else read from its Secret.
    const expiresAtName = spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at';
    const readName = spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret';
    const read = state.issuer?.read;
    const issuerExpiry = spec.issuerExpiresAt !== undefined
        ? { expiresAt: spec.issuerExpiresAt, source: `input '${expiresAtName}'` }
        : read?.ok === true
            ? { expiresAt: read.notAfter.toISOString(), source: read.source }
            : undefined;
    let issuer;
    if (issuerExpiry !== undefined) {
        const { expiresAt, source } = issuerExpiry;
        const daysLeft = (Date.parse(expiresAt) - Date.parse(state.finishedAt)) / DAY_MS;
        const status = daysLeft <= 0 ? 'expired' : daysLeft < spec.minValidityDays ? 'below-minimum' : 'ok';
        issuer = { expiresAt, daysLeft: Math.floor(daysLeft * 10) / 10, status, source };
        if (status === 'expired') {
            error('issuer certificate', `expired at ${expiresAt} (${source}): proxies can no longer renew their certificates. Replace the issuer (Linkerd's "Replacing Expired Certificates" procedure).`);
        }
        else if (status === 'below-minimum') {
            error('issuer certificate', `expires at ${expiresAt} (${source}), in ${issuer.daysLeft} day(s), fewer than '${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}' (${spec.minValidityDays}). Rotate the issuer certificate.`);
        }
    }
    else if (read !== undefined && !read.ok) {
        error('issuer certificate', `'${readName}' is true, but the certificate could not be read from namespace '${state.issuer?.namespace ?? ''}': ${read.message} Grant 'get' on that one Secret (README: reading the issuer certificate), or give '${expiresAtName}' instead.`);
    }
    else {
        warnings.push(`'${expiresAtName}' is not set (and '${readName}' is false), so the issuer certificate's expiry was not checked.`);
    }
    // A run that proved nothing does not pass.
    const encrypted = edges.filter(e => e.verdict === 'encrypted').length;
    if (meshed.length === 0) {
        error('cluster', `no meshed pod in ${state.scope === 'meshed-namespaces' ? 'the cluster' : `namespace(s) ${[...state.namespaces, ...state.emptyNamespaces].sort().join(', ')}`}: nothing proves that traffic is encrypted.`);
    }
    else if (scrapedPods === 0) {
        error('cluster', 'no proxy could be scraped: nothing proves that traffic is encrypted.');
    }
    else if (encrypted === 0) {
        error('cluster', `no mutual-TLS traffic was observed${spec.windowSeconds > 0 ? ' in the window' : ''}: nothing proves that traffic is encrypted. Verify while the workloads serve traffic${spec.windowSeconds > 0 ? `, or lengthen '${spec.inputNames['window-seconds'] ?? 'window-seconds'}'` : ''}.`);
    }
    return {
        passed: !findings.some(f => f.severity === 'error'),
        edges,
        unverified,
        unmeshed,
        notRunning,
        skipped,
        skippedSubnets,
        proxyCertificates,
        missingCertificates,
        issuer,
        restarted,
        scrapedPods,
        findings,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts + 2 modules
var common_inputs = __nccwpck_require__(5135);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/manifest.ts

const DEFAULTS = {
    windowSeconds: '0',
    minValidityDays: '30',
    readIssuerSecret: 'false',
    requireMeshed: 'true',
    reportFile: 'encryption-report.json',
    scrapeTimeout: '10s',
};
const verifyEncryptionManifest = {
    name: 'verify-encryption',
    taskName: 'VerifyEncryption',
    taskIds: {
        prod: 'ca96f231-d27f-49b5-b1fa-d25f5ccf62f1',
        test: 'd25047a8-855c-4d75-a645-98f4aed05160',
    },
    friendlyName: 'AKS: verify encryption in transit',
    summary: 'Proves from the Linkerd proxies’ metrics that service-to-service traffic is mutual TLS, and writes audit evidence.',
    description: 'Scrapes every meshed pod’s Linkerd proxy through the Kubernetes API, judges each traffic edge (mutual TLS only with a TLS state of true and a peer identity), and fails on plaintext that is not allowed, unmeshed or unverified pods and expired certificates. Writes a Markdown summary and a JSON evidence file. Reads only.',
    inputs: [
        ...common_inputs/* CLUSTER_INPUTS */.PS,
        {
            id: 'namespaces',
            required: false,
            description: 'Namespaces to verify (comma or newline separated). Default: every namespace with a meshed pod.',
        },
        {
            id: 'window-seconds',
            required: false,
            default: DEFAULTS.windowSeconds,
            description: '0 judges the series the proxies hold (traffic since they started, except series idle for more than their 10-minute retention); a number of seconds (up to 3600) judges exactly the traffic of that window, scraping at least every 5 minutes until it ends.',
        },
        {
            id: 'allow-plaintext',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: 'Plaintext accepted on purpose, YAML or JSON: a list of `{namespace, workload, port, direction, reason}` (`namespace` and `reason` required; `port` a number or a range like 8000-8100; `direction` inbound or outbound). Allowed findings still appear in the report.',
        },
        {
            id: 'require-meshed',
            required: false,
            default: DEFAULTS.requireMeshed,
            adoType: 'boolean',
            description: 'Fail on running pods without a Linkerd proxy in the verified namespaces, unless `allow-plaintext` allows them.',
        },
        {
            id: 'min-validity-days',
            required: false,
            default: DEFAULTS.minValidityDays,
            description: 'Fail when the issuer certificate (`issuer-expires-at`, or the one `read-issuer-secret` reads) expires in fewer days than this. Proxy certificates (24 h, renewed by the proxies) fail only when expired.',
        },
        {
            id: 'issuer-expires-at',
            required: false,
            description: 'Expiry of the Linkerd identity issuer certificate, ISO 8601 (the `issuer-expires-at` output of install-mesh). When empty, see `read-issuer-secret`; with neither, the issuer is not checked.',
        },
        {
            id: 'read-issuer-secret',
            required: false,
            default: DEFAULTS.readIssuerSecret,
            adoType: 'boolean',
            description: 'When `issuer-expires-at` is empty: read the issuer certificate from the Secret `linkerd-identity-issuer` in the namespace of the control plane. Needs `get` on that one Secret, which also holds the private key of the issuer (the step decodes only the certificate); see the README before granting it.',
        },
        {
            id: 'report-file',
            required: false,
            default: DEFAULTS.reportFile,
            description: 'Path of the JSON evidence file (every edge with its verdict and reason, the scrape times, the cluster, the tool version), for the audit archive.',
        },
        {
            id: 'scrape-timeout',
            required: false,
            default: DEFAULTS.scrapeTimeout,
            description: 'How long one proxy scrape may take, from the request to the last byte of the answer (Go-style duration, e.g. 10s).',
        },
    ],
    outputs: [
        {
            id: 'verdict',
            description: '`pass` or `fail`. The step fails with `fail`; use `if: always()` (GitHub) or `condition: always()` (Azure Pipelines) to read it after a failure.',
        },
        {
            id: 'encrypted-edges',
            description: 'Number of traffic edges observed as mutual TLS.',
        },
        {
            id: 'plaintext-edges',
            description: 'Number of traffic edges observed without mutual TLS, allowed ones included (the report marks which).',
        },
        {
            id: 'unmeshed-pods',
            description: 'Number of running or pending pods without a Linkerd proxy in the verified namespaces, allowed ones included.',
        },
        {
            id: 'report-file',
            description: 'Full path of the JSON evidence file.',
        },
    ],
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/window.ts
/**
 * How long a proxy keeps a series nobody updates: `LINKERD2_PROXY_METRICS_RETAIN_IDLE`, 10
 * minutes by default (linkerd2-proxy `DEFAULT_METRICS_RETAIN_IDLE`; mesh.md 4.5).
 */
const PROXY_RETAIN_IDLE_SECONDS = 600;
/**
 * The longest time between two scrapes of a window: half the retention. A series that carried
 * traffic after one scrape is then still there at the next, so no traffic expires unseen; and a
 * series that vanishes between two scrapes was idle since before the first of them.
 */
const MAX_SCRAPE_INTERVAL_SECONDS = PROXY_RETAIN_IDLE_SECONDS / 2;
/** How a window is scraped: `intervals + 1` scrapes, `intervalMs` apart. */
function scrapeSchedule(windowSeconds) {
    const intervals = Math.max(1, Math.ceil(windowSeconds / MAX_SCRAPE_INTERVAL_SECONDS));
    return { intervals, intervalMs: (windowSeconds * 1000) / intervals };
}
/**
 * The traffic a proxy carried over the window, from its scrapes in order, summing the increase
 * between each two the way Prometheus' `increase()` treats counter resets: after a restart every
 * counter started again from zero, so its new value is the increase; a series that went down
 * without a restart was dropped as idle and recreated, so again its new value is the increase.
 * Never negative. A series that vanished between two scrapes expired: with scrapes at most half
 * the retention apart it carried nothing in between, and it is counted, not dropped silently.
 */
function windowTraffic(scrapes) {
    const series = new Map();
    const restarts = [];
    let resets = 0;
    let expiredSeries = 0;
    for (let i = 1; i < scrapes.length; i++) {
        const before = scrapes[i - 1];
        const after = scrapes[i];
        if (before === undefined || after === undefined)
            continue;
        const first = before.snapshot;
        const second = after.snapshot;
        const restarted = first.processStartSeconds !== undefined &&
            second.processStartSeconds !== undefined &&
            first.processStartSeconds !== second.processStartSeconds;
        if (restarted) {
            const start = second.processStartSeconds ?? NaN;
            restarts.push({
                after: before.at,
                before: after.at,
                startedAt: Number.isFinite(start) ? new Date(start * 1000).toISOString() : undefined,
            });
        }
        for (const [key, now] of second.series) {
            const was = restarted ? undefined : first.series.get(key);
            let increase = now.value;
            if (was !== undefined) {
                if (now.value >= was.value)
                    increase = now.value - was.value;
                else
                    resets++;
            }
            if (increase <= 0)
                continue;
            const sum = series.get(key);
            series.set(key, { ...now, value: (sum?.value ?? 0) + increase });
        }
        if (!restarted) {
            for (const [key, was] of first.series) {
                if (was.value > 0 && !second.series.has(key))
                    expiredSeries++;
            }
        }
    }
    const last = scrapes[scrapes.length - 1]?.snapshot;
    if (last === undefined)
        throw new Error('windowTraffic needs at least one scrape');
    const counters = new Set(scrapes.flatMap(s => [...s.snapshot.counters]));
    return { snapshot: { ...last, series, counters }, restarts, resets, expiredSeries };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/observe.ts






/** The label Linkerd puts on meshed pods, naming the control plane's namespace (mesh.md 3.1). */
const CONTROL_PLANE_NS_LABEL = 'linkerd.io/control-plane-ns';
/** The control plane's namespace: the one most meshed pods name, else `linkerd`. */
function controlPlaneNamespace(views) {
    const counts = new Map();
    for (const view of views) {
        const ns = view.labels[CONTROL_PLANE_NS_LABEL];
        if (ns !== undefined && ns !== '')
            counts.set(ns, (counts.get(ns) ?? 0) + 1);
    }
    const [best] = [...counts].sort(([a, x], [b, y]) => y - x || (0,json/* compareCodeUnits */.UF)(a, b));
    return best?.[0] ?? 'linkerd';
}
/** The pods in scope, and (default scope) the namespaces left out for having no meshed pod. */
async function listPods(kube, namespaces) {
    if (namespaces === undefined) {
        const all = await kube.listPods();
        const meshed = new Set(all.filter(p => proxyPlacement(p) !== undefined).map(p => p.namespace));
        const outOfScope = [...new Set(all.map(p => p.namespace))].filter(ns => !meshed.has(ns));
        return { views: all.filter(p => meshed.has(p.namespace)), outOfScope: outOfScope.sort() };
    }
    // One list call per named namespace, issued together.
    const lists = await Promise.all(namespaces.map(ns => kube.listPods(ns)));
    return { views: lists.flat(), outOfScope: undefined };
}
/** One answer, parsed; an answer that is not a proxy's metrics is a failure, never a clean pod. */
function read(at, text) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    const snapshot = readProxySnapshot(text);
    const why = notAProxyScrape(snapshot, text);
    if (why !== undefined) {
        return { at, sha256, failure: { problem: 'not-a-proxy-scrape', message: why } };
    }
    const { count, example } = snapshot.unreadable;
    if (count === 0)
        return { at, sha256, snapshot };
    return {
        at,
        sha256,
        failure: {
            unreadableLines: count,
            problem: 'unreadable-metrics',
            message: `${count} line(s) of the counters this check reads could not be read (malformed, a label given twice, a value that is no count, or no direction), so they might hide plaintext; the first: '${example ?? ''}'`,
        },
    };
}
/** Scrapes every target once; parses each answer as it arrives and keeps only the parse. */
async function scrapeAll(ctx, spec, targets) {
    const taken = new Map();
    await ctx.kube.scrapeProxies(targets, { timeoutMs: spec.scrapeTimeoutMs }, (target, scrape) => {
        const at = (scrape.ok && scrape.scrapedAt !== undefined ? scrape.scrapedAt : ctx.clock.now()).toISOString();
        taken.set(podKey(target), scrape.ok ? read(at, scrape.text) : { at, failure: scrape });
    });
    return taken;
}
function failed(taken, scrape) {
    return {
        ok: false,
        problem: taken?.failure?.problem ?? 'failed',
        message: taken?.failure?.message ?? 'no answer was recorded for this pod',
        scrape,
        unreadableLines: taken?.failure?.unreadableLines ?? 0,
    };
}
/**
 * Lists the pods of the chosen namespaces (default: every namespace with a meshed pod), then
 * scrapes every meshed, running pod's proxy. In window mode it scrapes again every few minutes
 * until `window-seconds` have passed (never further apart than half the proxies' retention of
 * idle series, so nothing expires unseen) and keeps only the increase. Reads only.
 */
async function observeVerifyEncryption(ctx, spec) {
    const startedAt = ctx.clock.now().toISOString();
    const source = await ctx.kube.describeSource();
    const { views, outOfScope } = await listPods(ctx.kube, spec.namespaces);
    const pods = views.map(describePod).sort((a, b) => (0,json/* compareCodeUnits */.UF)(podKey(a), podKey(b)));
    const namespaces = [...new Set(pods.map(p => p.namespace))].sort();
    const emptyNamespaces = (spec.namespaces ?? []).filter(ns => !namespaces.includes(ns)).sort();
    const targets = pods.filter(p => p.proxy !== undefined && p.phase === 'Running');
    ctx.log.info(`verify-encryption: ${pods.length} pod(s) in ${namespaces.length} namespace(s); scraping ${targets.length} meshed, running pod(s).`);
    const began = ctx.clock.now().getTime();
    // Per pod: its scrapes so far, or the first failure and which scrape it was.
    const history = new Map();
    const failures = new Map();
    const times = new Map();
    const digests = new Map();
    const record = (taken, scrape) => {
        for (const [key, t] of taken) {
            times.set(key, [...(times.get(key) ?? []), t.at]);
            digests.set(key, [...(digests.get(key) ?? []), t.sha256 ?? null]);
            if (t.snapshot === undefined) {
                failures.set(key, { taken: t, scrape });
                history.delete(key);
            }
            else {
                history.set(key, [...(history.get(key) ?? []), { at: t.at, snapshot: t.snapshot }]);
            }
        }
    };
    record(await scrapeAll(ctx, spec, targets), 1);
    if (spec.windowSeconds > 0) {
        const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds);
        ctx.log.info(`verify-encryption: window mode: ${intervals + 1} scrapes, ${(intervalMs / 1000).toFixed(0)} s apart, over ${spec.windowSeconds} s.`);
        for (let i = 1; i <= intervals; i++) {
            await ctx.clock.sleep(intervalMs);
            record(await scrapeAll(ctx, spec, targets.filter(t => history.has(podKey(t)))), i + 1);
        }
    }
    // Every scrape is read: the texts kept to share between them are no longer needed.
    forgetKeptText();
    const scrapes = targets.map((pod) => {
        const key = podKey(pod);
        const scrapedAt = times.get(key) ?? [];
        const sha256 = digests.get(key) ?? [];
        const failure = failures.get(key);
        const taken = history.get(key);
        if (failure !== undefined || taken === undefined) {
            return { pod, scrapedAt, sha256, outcome: failed(failure?.taken, failure?.scrape ?? 1) };
        }
        const window = windowTraffic(taken);
        return {
            pod,
            scrapedAt,
            sha256,
            outcome: {
                ok: true,
                // One scrape: its counters as they are; several: the increase over the window.
                snapshot: taken.length === 1 ? (taken[0]?.snapshot ?? window.snapshot) : window.snapshot,
                restarts: window.restarts,
                resets: window.resets,
                expiredSeries: window.expiredSeries,
            },
        };
    });
    const issuer = spec.readIssuerSecret
        ? await readIssuer(ctx.kube, controlPlaneNamespace(views))
        : undefined;
    const unverified = scrapes.filter(s => !s.outcome.ok).length;
    ctx.log.info(`verify-encryption: scraped ${scrapes.length - unverified} of ${scrapes.length} proxies in ${((ctx.clock.now().getTime() - began) / 1000).toFixed(1)} s${unverified > 0 ? ` (${unverified} failed)` : ''}.`);
    return {
        source,
        scope: spec.namespaces === undefined ? 'meshed-namespaces' : 'named',
        namespaces,
        emptyNamespaces,
        outOfScopeNamespaces: outOfScope,
        pods,
        scrapes,
        ...(issuer !== undefined ? { issuer } : {}),
        startedAt,
        finishedAt: ctx.clock.now().toISOString(),
    };
}
async function readIssuer(kube, namespace) {
    return { namespace, read: await kube.readIdentityIssuer(namespace) };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/report.ts
/**
 * The two renderings of a judgement: the Markdown summary (non-encrypted traffic first) and the
 * JSON evidence file for the audit archive. Both deterministic for the same input; neither holds
 * a secret (the proxies' metrics and the pod list carry none).
 */




const EVIDENCE_SCHEMA_VERSION = 1;
/** Rows per Markdown table; the evidence file holds all. */
const MAX_ROWS = 50;
function countJudgement(judgement, state) {
    const count = (verdict) => judgement.edges.filter(e => e.verdict === verdict).length;
    return {
        encryptedEdges: count('encrypted'),
        plaintextEdges: count('plaintext'),
        allowedEdges: count('allowed'),
        excludedSeries: count('excluded'),
        meshedPods: state.pods.filter(p => p.proxy !== undefined).length,
        scrapedPods: judgement.scrapedPods,
        unverifiedPods: judgement.unverified.length,
        unmeshedPods: judgement.unmeshed.length,
        allowedUnmeshedPods: judgement.unmeshed.filter(u => u.allowedBy !== undefined).length,
    };
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const shown = rows.slice(0, MAX_ROWS);
    const lines = [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...shown.map(r => `| ${r.map(cell).join(' | ')} |`),
    ];
    if (rows.length > shown.length) {
        lines.push('', `…and ${rows.length - shown.length} more in the evidence file.`);
    }
    return lines;
}
/** A list for one table cell, cut at MAX_ROWS items (the evidence file holds all). */
function listed(items) {
    const shown = items.slice(0, MAX_ROWS).join(', ');
    return items.length > MAX_ROWS ? `${shown}, …and ${items.length - MAX_ROWS} more` : shown;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function headline(spec, judgement, counts) {
    if (judgement.passed) {
        return counts.plaintextEdges + counts.allowedEdges === 0
            ? '**Pass**: all observed service-to-service traffic is mutual TLS.'
            : `**Pass**: all observed service-to-service traffic is mutual TLS, except ${plural(counts.allowedEdges, 'allowed edge')} listed below.`;
    }
    const parts = [
        counts.plaintextEdges > 0 ? plural(counts.plaintextEdges, 'plaintext edge') : undefined,
        judgement.unverified.some(u => u.allowedBy === undefined)
            ? plural(judgement.unverified.filter(u => u.allowedBy === undefined).length, 'unverified pod')
            : undefined,
        spec.requireMeshed && counts.unmeshedPods > counts.allowedUnmeshedPods
            ? plural(counts.unmeshedPods - counts.allowedUnmeshedPods, 'unmeshed pod')
            : undefined,
        [...judgement.skipped, ...judgement.skippedSubnets].some(s => s.allowedBy === undefined)
            ? 'traffic that bypasses the proxy'
            : undefined,
    ].filter((p) => p !== undefined);
    const errors = judgement.findings.filter(f => f.severity === 'error').length;
    return `**Fail**: ${parts.length > 0 ? `${parts.join(', ')} not allowed` : plural(errors, 'problem')}; see below.`;
}
function edgeRow(edge) {
    return [
        edge.verdict === 'allowed' ? `allowed: ${edge.allowedBy ?? ''}` : '**not allowed**',
        `${edge.namespace}/${edge.pod}`,
        edge.direction,
        edge.port === undefined ? '' : String(edge.port),
        edge.peer,
        edge.tls === ''
            ? '(none)'
            : `\`${edge.tls}\`${edge.noTlsReason ? ` \`${edge.noTlsReason}\`` : ''}`,
        String(edge.connections),
        String(edge.requests),
        edge.reason,
    ];
}
/**
 * What the counters cover. The proxies drop a series nobody updated for their retention time
 * (10 minutes by default), so without a window only series active lately (or still kept) count.
 */
function measured(spec) {
    const retention = `${PROXY_RETAIN_IDLE_SECONDS / 60} min`;
    if (spec.windowSeconds === 0) {
        return `the series the proxies hold: traffic since each proxy started, except series idle for more than the proxies' retention (${retention} by default), which they drop; use a window to cover a span completely`;
    }
    const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds);
    return `the traffic of a ${spec.windowSeconds} s window: ${intervals + 1} scrapes, ${Math.round(intervalMs / 1000)} s apart (at most half the proxies' ${retention} retention of idle series, so no traffic expires unseen)`;
}
/** The Markdown summary: counts, then the non-encrypted edges, then the other findings. */
function renderSummary(spec, state, judgement) {
    const counts = countJudgement(judgement, state);
    const window = measured(spec);
    const lines = [
        `### verify-encryption: ${judgement.passed ? 'pass' : 'fail'}`,
        '',
        headline(spec, judgement, counts),
        '',
        '| | |',
        '| --- | --- |',
        `| mutual TLS edges | ${counts.encryptedEdges} |`,
        `| plaintext edges, not allowed | ${counts.plaintextEdges} |`,
        `| plaintext edges, allowed | ${counts.allowedEdges} |`,
        `| proxies scraped | ${counts.scrapedPods} of ${state.scrapes.length} meshed, running pods (${counts.meshedPods} meshed) |`,
        `| unverified pods | ${counts.unverifiedPods} |`,
        `| unmeshed pods | ${counts.unmeshedPods} (${counts.allowedUnmeshedPods} allowed) |`,
        `| excluded series (loopback, local legs, the proxies' own ports) | ${counts.excludedSeries} |`,
        `| measured | ${window} |`,
        `| namespaces verified | ${cell(state.namespaces.join(', ') || '(none)')}${state.scope === 'meshed-namespaces' ? ' (every namespace with a meshed pod)' : ''} |`,
        ...(state.emptyNamespaces.length > 0
            ? [`| namespaces named, without pods | ${cell(state.emptyNamespaces.join(', '))} |`]
            : []),
        ...(state.outOfScopeNamespaces !== undefined && state.outOfScopeNamespaces.length > 0
            ? [
                `| namespaces out of scope (pods, none meshed) | ${cell(listed(state.outOfScopeNamespaces))} |`,
            ]
            : []),
        `| source | ${cell(state.source.kind === 'api-server' ? `API server ${state.source.location}${state.source.context ? ` (context ${state.source.context})` : ''}` : `saved scrapes in ${state.source.location}`)} |`,
    ];
    const notEncrypted = judgement.edges
        .filter(e => e.verdict === 'plaintext' || e.verdict === 'allowed')
        .sort((a, b) => Number(a.verdict === 'allowed') - Number(b.verdict === 'allowed'));
    if (notEncrypted.length > 0) {
        lines.push('', '#### Traffic without mutual TLS', '', ...table(['status', 'pod', 'direction', 'port', 'peer', 'TLS', 'connections', 'requests', 'reason'], notEncrypted.map(edgeRow)));
    }
    if (judgement.unverified.length > 0) {
        lines.push('', '#### Unverified pods (their proxies could not be read; never counted as encrypted)', '', ...table(['pod', 'problem', 'message', 'fix'], judgement.unverified.map(u => [
            podKey(u.pod),
            u.allowedBy ? `${u.problem} (allowed: ${u.allowedBy})` : u.problem,
            u.message,
            u.fix,
        ])));
    }
    if (judgement.unmeshed.length > 0) {
        lines.push('', '#### Pods without a Linkerd proxy', '', ...table(['pod', 'workload', 'phase', 'status'], judgement.unmeshed.map(u => [
            podKey(u.pod),
            `${u.pod.workloadKind} ${u.pod.workload}`,
            u.pod.phase,
            u.allowedBy
                ? `allowed: ${u.allowedBy}`
                : spec.requireMeshed
                    ? '**not allowed**'
                    : 'reported',
        ])));
    }
    if (judgement.skipped.length + judgement.skippedSubnets.length > 0) {
        const status = (allowedBy) => allowedBy ? `allowed: ${allowedBy}` : '**not allowed**';
        lines.push('', '#### Traffic that bypasses the proxy (unverifiable)', '', ...table(['pod', 'direction', 'ports or source subnet', 'set by', 'status'], [
            ...judgement.skipped.map(s => [
                podKey(s.pod),
                s.direction,
                s.ports,
                s.sources.join(', '),
                status(s.allowedBy),
            ]),
            ...judgement.skippedSubnets.map(s => [
                podKey(s.pod),
                'inbound',
                `from ${s.subnet}, every port`,
                s.sources.join(', '),
                status(s.allowedBy),
            ]),
        ]));
    }
    if (judgement.notRunning.length > 0) {
        lines.push('', '#### Meshed pods not running (not scraped)', '', ...table(['pod', 'phase'], judgement.notRunning.map(p => [podKey(p), p.phase])));
    }
    lines.push('', '#### Certificates', '');
    const earliest = [...judgement.proxyCertificates].sort((a, b) => (0,json/* compareCodeUnits */.UF)(a.expiresAt, b.expiresAt))[0];
    const expired = judgement.proxyCertificates.filter(c => c.expired).length;
    lines.push(earliest === undefined
        ? '- Proxy identity certificates: none reported.'
        : `- Proxy identity certificates: ${judgement.proxyCertificates.length} checked, ${expired} expired; earliest expiry ${earliest.expiresAt} (${earliest.namespace}/${earliest.pod}).`);
    if (judgement.missingCertificates.length > 0) {
        lines.push(`- ${plural(judgement.missingCertificates.length, 'proxy', 'proxies')} report no certificate expiry.`);
    }
    lines.push(judgement.issuer === undefined
        ? `- Issuer certificate: not checked (neither '${spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'}' nor a readable '${spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret'}').`
        : `- Issuer certificate: expires ${judgement.issuer.expiresAt} (${judgement.issuer.source}), in ${judgement.issuer.daysLeft} day(s) (minimum ${spec.minValidityDays}): ${judgement.issuer.status}.`);
    if (judgement.restarted.length > 0) {
        lines.push('', `Proxies restarted or reset their counters during the window (their counts since the restart were used; a restart's unobserved span is a warning above): ${judgement.restarted.join(', ')}.`);
    }
    lines.push('', `Evidence: \`${spec.reportFile}\` (every edge with its verdict and reason).`);
    return `${lines.join('\n')}\n`;
}
/** The failure message: what failed, the first findings, where the rest is. */
function renderFailure(spec, judgement) {
    const errors = judgement.findings.filter(f => f.severity === 'error');
    const shown = errors.slice(0, 5).map(f => `  - ${f.subject}: ${f.message}`);
    const more = errors.length > shown.length ? [`  - …and ${errors.length - shown.length} more`] : [];
    return [
        `verify-encryption: the traffic is not proven encrypted (${plural(errors.length, 'problem')}); details in the summary and in '${spec.reportFile}'.`,
        ...shown,
        ...more,
    ].join('\n');
}
/** The JSON evidence file (schemaVersion 1), for the audit archive. */
function renderEvidence(spec, state, judgement, tool) {
    const counts = countJudgement(judgement, state);
    const evidence = {
        schemaVersion: EVIDENCE_SCHEMA_VERSION,
        tool: { name: tool.name, version: tool.version },
        step: 'verify-encryption',
        verdict: judgement.passed ? 'pass' : 'fail',
        cluster: state.source,
        observation: {
            startedAt: state.startedAt,
            finishedAt: state.finishedAt,
            windowSeconds: spec.windowSeconds,
            measured: measured(spec),
            proxyRetainIdleSecondsAssumed: PROXY_RETAIN_IDLE_SECONDS,
            scope: state.scope,
            namespaces: state.namespaces,
            namespacesWithoutPods: state.emptyNamespaces,
            namespacesOutOfScope: state.outOfScopeNamespaces ?? null,
        },
        rules: {
            encrypted: "tls label 'true' and a non-empty peer identity (client_id inbound, server_id outbound)",
            requireMeshed: spec.requireMeshed,
            minValidityDays: spec.minValidityDays,
            allowPlaintext: spec.allow.map(e => ({ entry: e.index, rule: describeEntry(e) })),
        },
        counts,
        scrapes: state.scrapes.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            workload: s.pod.workload,
            proxy: s.pod.proxy,
            scrapedAt: s.scrapedAt,
            sha256: s.sha256,
            ...(s.outcome.ok
                ? {
                    ok: true,
                    proxyVersion: s.outcome.snapshot.proxyVersion ?? null,
                    restarted: s.outcome.restarts.length > 0,
                    restarts: s.outcome.restarts,
                    resets: s.outcome.resets,
                    expiredSeries: s.outcome.expiredSeries,
                }
                : {
                    ok: false,
                    problem: s.outcome.problem,
                    message: s.outcome.message,
                    scrape: s.outcome.scrape,
                    unreadableLines: s.outcome.unreadableLines,
                }),
        })),
        edges: judgement.edges.map(e => ({
            namespace: e.namespace,
            pod: e.pod,
            workload: e.workload,
            direction: e.direction,
            port: e.port ?? null,
            peer: e.peer,
            tls: e.tls,
            identity: e.identity ?? null,
            noTlsReason: e.noTlsReason ?? null,
            connections: e.connections,
            requests: e.requests,
            verdict: e.verdict,
            reason: e.reason,
            ...(e.allowedBy !== undefined ? { allowedBy: e.allowedBy } : {}),
        })),
        unverifiedPods: judgement.unverified.map(u => ({
            namespace: u.pod.namespace,
            pod: u.pod.name,
            problem: u.problem,
            message: u.message,
            fix: u.fix,
            allowedBy: u.allowedBy ?? null,
        })),
        unmeshedPods: judgement.unmeshed.map(u => ({
            namespace: u.pod.namespace,
            pod: u.pod.name,
            workload: u.pod.workload,
            phase: u.pod.phase,
            hostNetwork: u.pod.hostNetwork,
            allowedBy: u.allowedBy ?? null,
        })),
        notRunningPods: judgement.notRunning.map(p => ({
            namespace: p.namespace,
            pod: p.name,
            phase: p.phase,
        })),
        skippedPorts: judgement.skipped.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            direction: s.direction,
            ports: s.ports,
            sources: s.sources,
            allowedBy: s.allowedBy ?? null,
        })),
        skippedSubnets: judgement.skippedSubnets.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            direction: 'inbound',
            subnet: s.subnet,
            sources: s.sources,
            allowedBy: s.allowedBy ?? null,
        })),
        certificates: {
            proxies: judgement.proxyCertificates,
            missing: judgement.missingCertificates,
            issuer: judgement.issuer ?? null,
        },
        findings: judgement.findings,
        warnings: judgement.warnings,
    };
    return `${JSON.stringify(evidence, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __nccwpck_require__(9281);
;// CONCATENATED MODULE: ./src/core/inputs/duration.ts

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const ACCEPTED = 'accepted units are h, m, s, ms, e.g. 8760h, 30m, 1h30m or 500ms';
const TERM = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|h|m|s)/y;
/**
 * Parses a Go-style duration (`87600h`, `30m`, `1h30m`, `90s`, `500ms`, `1.5h`) into whole
 * milliseconds. Bare numbers, negative and zero durations, and durations finer than a
 * millisecond are rejected.
 */
function parseDuration(raw) {
    if (raw.startsWith('-'))
        return (0,inputs_parsed/* fail */.f)(`negative durations are not accepted; ${ACCEPTED}`);
    const text = raw.startsWith('+') ? raw.slice(1) : raw;
    if (/^[0-9.]+$/.test(text))
        return (0,inputs_parsed/* fail */.f)(`has no unit; ${ACCEPTED}`);
    if (/^[0-9.]+d$/i.test(text)) {
        return (0,inputs_parsed/* fail */.f)(`days are not a unit; use hours (720h is 30 days), as ${ACCEPTED}`);
    }
    let total = 0;
    let position = 0;
    while (position < text.length) {
        TERM.lastIndex = position;
        const term = TERM.exec(text);
        if (term === null)
            return (0,inputs_parsed/* fail */.f)(`not a duration; ${ACCEPTED}`);
        const [whole, amount = '', unit = 's'] = term;
        total += Number(amount) * UNIT_MS[unit];
        position += whole.length;
    }
    if (text === '')
        return (0,inputs_parsed/* fail */.f)(`not a duration; ${ACCEPTED}`);
    const rounded = Math.round(total);
    if (Math.abs(total - rounded) > 1e-6) {
        return (0,inputs_parsed/* fail */.f)(`finer than a millisecond; ${ACCEPTED}`);
    }
    if (rounded === 0)
        return (0,inputs_parsed/* fail */.f)(`must be longer than zero; ${ACCEPTED}`);
    if (!Number.isSafeInteger(rounded))
        return (0,inputs_parsed/* fail */.f)(`too long; ${ACCEPTED}`);
    return (0,inputs_parsed.ok)(rounded);
}
/**
 * A compact Go-style string for whole milliseconds, leaving out zero parts: 5400000 is
 * `1h30m`, 90000 is `1m30s`, 1500 is `1s500ms`, 0 is `0s`. Negative values get a leading `-`;
 * fractions of a millisecond are rounded. The result parses back with parseDuration.
 */
function formatDuration(ms) {
    const rounded = Math.round(ms);
    if (rounded === 0)
        return '0s';
    if (rounded < 0)
        return `-${formatDuration(-rounded)}`;
    let rest = rounded;
    let text = '';
    for (const unit of ['h', 'm', 's', 'ms']) {
        const count = Math.floor(rest / UNIT_MS[unit]);
        rest -= count * UNIT_MS[unit];
        if (count > 0)
            text += `${count}${unit}`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/core/inputs/list.ts

/** Splits on newlines and commas, trims every item and drops the empty ones. */
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}
/**
 * Parses every item of a list with `itemParser` and reports every bad item in one message.
 * Items are numbered from 1, as a person counts them; items with the same problem are grouped:
 * `item 1 'x' and item 3 'y': not a boolean; use one of: ...`. A list with no items is valid.
 */
function parseListOf(raw, itemParser) {
    const values = [];
    const badItemsByMessage = new Map();
    parseList(raw).forEach((item, index) => {
        const parsed = itemParser(item);
        if (parsed.ok) {
            values.push(parsed.value);
            return;
        }
        const items = badItemsByMessage.get(parsed.message) ?? [];
        items.push(`item ${index + 1} '${item}'`);
        badItemsByMessage.set(parsed.message, items);
    });
    if (badItemsByMessage.size === 0)
        return (0,inputs_parsed.ok)(values);
    const groups = [...badItemsByMessage].map(([message, items]) => `${joinWithAnd(items)}: ${message}`);
    return (0,inputs_parsed/* fail */.f)(groups.join('; '));
}
function joinWithAnd(parts) {
    if (parts.length <= 2)
        return parts.join(' and ');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/spec.ts





const MAX_WINDOW_SECONDS = 3600;
const MAX_VALIDITY_DAYS = 3650;
const MAX_SCRAPE_TIMEOUT_MS = 5 * 60_000;
function wholeNumber(max, what) {
    return raw => {
        if (/^-\d+$/.test(raw))
            return (0,inputs_parsed/* fail */.f)(`must not be negative; use a whole number from 0 to ${max} (${what})`);
        return /^\d+$/.test(raw) && Number(raw) <= max
            ? (0,inputs_parsed.ok)(Number(raw))
            : (0,inputs_parsed/* fail */.f)(`must be a whole number from 0 to ${max} (${what})`);
    };
}
/** `window-seconds`: 0 (the series the proxies hold) or a window of up to an hour. */
const parseWindowSeconds = wholeNumber(MAX_WINDOW_SECONDS, '0 judges the series the proxies hold');
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** An ISO 8601 date or date-time, returned normalised (UTC, `toISOString`). */
function parseTimestamp(raw) {
    const [year = 0, month = 0, day = 0] = raw.slice(0, 10).split('-').map(Number);
    // Date.parse rolls 2027-02-30 over into March; a real calendar day round-trips.
    const calendarDay = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    const time = ISO_8601.test(raw) && calendarDay ? Date.parse(raw) : NaN;
    return Number.isNaN(time)
        ? (0,inputs_parsed/* fail */.f)('not an ISO 8601 date-time; use a form like 2027-03-01T12:00:00Z')
        : (0,inputs_parsed.ok)(new Date(time).toISOString());
}
function parseReportPath(raw) {
    return /[\0\n]/.test(raw) ? (0,inputs_parsed/* fail */.f)('must be a file path on one line') : (0,inputs_parsed.ok)(raw);
}
/** Every input checked before any cluster call; every problem reported together. */
function parseVerifyEncryptionSpec(reader) {
    const namespaces = reader.optional('namespaces', raw => parseListOf(raw, parseNamespaceName));
    const windowSeconds = reader.withDefault('window-seconds', parseWindowSeconds);
    const allow = reader.optional('allow-plaintext', parseAllowList);
    const requireMeshed = reader.withDefault('require-meshed', inputs_boolean/* parseBoolean */.y);
    const minValidityDays = reader.withDefault('min-validity-days', wholeNumber(MAX_VALIDITY_DAYS, 'days the issuer certificate must stay valid'));
    const issuerExpiresAt = reader.optional('issuer-expires-at', parseTimestamp);
    const readIssuerSecret = reader.withDefault('read-issuer-secret', inputs_boolean/* parseBoolean */.y);
    if (issuerExpiresAt !== undefined && readIssuerSecret === true) {
        reader.warn(`'${reader.name('issuer-expires-at')}' is set, so '${reader.name('read-issuer-secret')}' is ignored: the issuer Secret is not read.`);
    }
    const reportFile = reader.withDefault('report-file', parseReportPath);
    const scrapeTimeoutMs = reader.withDefault('scrape-timeout', (raw) => {
        const parsed = parseDuration(raw);
        if (parsed.ok && parsed.value > MAX_SCRAPE_TIMEOUT_MS) {
            return (0,inputs_parsed/* fail */.f)('must be at most 5m; a proxy answers its metrics in well under a second');
        }
        return parsed;
    });
    return reader.finish(() => ({
        namespaces: namespaces !== undefined && namespaces.length > 0 ? [...new Set(namespaces)] : undefined,
        windowSeconds: windowSeconds ?? 0,
        allow: allow ?? [],
        requireMeshed: requireMeshed ?? true,
        minValidityDays: minValidityDays ?? 30,
        issuerExpiresAt,
        readIssuerSecret: issuerExpiresAt === undefined && readIssuerSecret === true,
        reportFile: reportFile ?? 'encryption-report.json',
        scrapeTimeoutMs: scrapeTimeoutMs ?? 10_000,
        inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
    }));
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/index.ts





const verifyEncryption = {
    kind: 'verify',
    manifest: verifyEncryptionManifest,
    parseSpec: parseVerifyEncryptionSpec,
    observe: observeVerifyEncryption,
    judge: (spec, state, tool) => {
        const judgement = judgeVerifyEncryption(spec, state);
        const counts = countJudgement(judgement, state);
        return {
            passed: judgement.passed,
            outputs: {
                verdict: judgement.passed ? 'pass' : 'fail',
                'encrypted-edges': String(counts.encryptedEdges),
                'plaintext-edges': String(counts.plaintextEdges + counts.allowedEdges),
                'unmeshed-pods': String(counts.unmeshedPods),
            },
            summary: renderSummary(spec, state, judgement),
            ...(judgement.passed ? {} : { failure: renderFailure(spec, judgement) }),
            findings: judgement.findings,
            warnings: judgement.warnings,
            file: {
                path: spec.reportFile,
                content: renderEvidence(spec, state, judgement, tool),
                output: 'report-file',
            },
        };
    },
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 1404:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3392);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
