import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 20681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ armScope),
/* harmony export */   fF: () => (/* binding */ knownCloud),
/* harmony export */   gL: () => (/* binding */ cloudForEndpoint)
/* harmony export */ });
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


/***/ }),

/***/ 47202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ usesAzure),
/* harmony export */   PS: () => (/* binding */ CLUSTER_INPUTS),
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   qT: () => (/* binding */ RUN_INPUTS),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/* unused harmony exports MODES, AZURE_INPUTS */
/* harmony import */ var _inputs_boolean_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(39281);
/* harmony import */ var _inputs_choice_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(13670);
/* harmony import */ var _inputs_azure_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6879);
/* harmony import */ var _inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(85772);




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
const parseMode = (0,_inputs_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChoice */ .H)(MODES);
function parsePath(raw) {
    return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__.ok)(raw);
}
/**
 * Reads the shared inputs the step declares (AZURE_INPUTS, RUN_INPUTS). Records problems on the
 * reader. A step without `mode` runs as `apply`; without the Azure inputs it names no subscription.
 */
function readCommonInputs(reader) {
    const offline = reader.declares('offline')
        ? (reader.optional('offline', _inputs_boolean_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .y) ?? false)
        : false;
    const requestedMode = reader.declares('mode')
        ? (reader.optional('mode', parseMode) ?? 'apply')
        : 'apply';
    const azure = usesAzure(reader.manifest);
    const subscriptionId = !azure
        ? undefined
        : reader.host === 'azure-pipelines'
            ? reader.optional('subscription-id', _inputs_azure_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSubscriptionId */ .mU)
            : reader.required('subscription-id', _inputs_azure_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSubscriptionId */ .mU);
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

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ PreconditionError),
/* harmony export */   Uo: () => (/* binding */ OptInRequiredError),
/* harmony export */   ZQ: () => (/* binding */ AzureRequestError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g7: () => (/* binding */ ConvergenceError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
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

/***/ 6879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ parseResourceGroupName),
/* harmony export */   mU: () => (/* binding */ parseSubscriptionId),
/* harmony export */   p$: () => (/* binding */ parseResourceName),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85772);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Parses a subscription ID (a GUID); the result is lower case. */
function parseSubscriptionId(raw) {
    if (GUID.test(raw))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw.toLowerCase());
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('not a subscription ID; use the subscription GUID, like 00000000-0000-0000-0000-000000000000, not its name');
}
const RESOURCE_GROUP_MAX_LENGTH = 90;
const RESOURCE_GROUP_ACCEPTED = "use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'";
/** Parses a resource group name: 1 to 90 letters, digits, `_-.()`, not ending in `.`. */
function parseResourceGroupName(raw) {
    if (raw.length > RESOURCE_GROUP_MAX_LENGTH) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`longer than ${RESOURCE_GROUP_MAX_LENGTH} characters; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (!/^[\p{L}\p{Nd}_\-.()]+$/u.test(raw)) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a valid resource group name; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (raw.endsWith('.'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`ends in '.'; ${RESOURCE_GROUP_ACCEPTED}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw);
}
/** Parses an Azure region, normalising the display name: `East US 2` becomes `eastus2`. */
function parseLocation(raw) {
    const location = raw.toLowerCase().replace(/\s+/g, '');
    if (/^[a-z0-9]+$/.test(location))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(location);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('not an Azure region; use a region name like eastus2 or its display name East US 2');
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
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`longer than ${maxLength} characters; ${accepted}`);
        if (raw.length < minLength)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`shorter than ${minLength} characters; ${accepted}`);
        if (!pattern.regex.test(raw))
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a valid ${kind} name; ${accepted}`);
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw);
    };
}


/***/ }),

/***/ 39281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export BOOLEAN_SPELLINGS */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85772);

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

/***/ 13670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseChoice)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85772);

/**
 * A parser for a string-literal union. Matching ignores case; the result is the canonical
 * spelling from `allowed`.
 */
function parseChoice(allowed) {
    return raw => {
        const wanted = raw.toLowerCase();
        const match = allowed.find(choice => choice.toLowerCase() === wanted);
        if (match !== undefined)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(match);
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not an accepted value; use one of: ${allowed.join(', ')}`);
    };
}


/***/ }),

/***/ 85772:
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

/***/ 16126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ loadStructuredParser),
/* harmony export */   j: () => (/* binding */ parseStructured)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85772);

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
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
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

/***/ 86153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ containsJson),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   to: () => (/* binding */ mapStrings)
/* harmony export */ });
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

/***/ 84414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cu: () => (/* binding */ findInput),
/* harmony export */   i8: () => (/* binding */ inputOnHost),
/* harmony export */   qw: () => (/* binding */ inputDefault),
/* harmony export */   yu: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony exports ALL_HOSTS, camelCase, adoInputName, inputLabel, adoOutputName, outputName, inputRequired, findOutput */
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


/***/ }),

/***/ 13661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ CONTAINER_SERVICE_API_VERSION),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   I7: () => (/* binding */ apiVersionFor),
/* harmony export */   N6: () => (/* binding */ NETWORK_API_VERSION),
/* harmony export */   Ng: () => (/* binding */ subnetPutBody),
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   VX: () => (/* binding */ referenceId),
/* harmony export */   cq: () => (/* binding */ AUTHORIZATION_API_VERSION),
/* harmony export */   dS: () => (/* binding */ MANAGED_BY_TAG),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   tJ: () => (/* binding */ isManagedByUs)
/* harmony export */ });
/* unused harmony exports PRIVATE_DNS_API_VERSION, SUBNET_WRITABLE_PROPERTIES */
/**
 * The domain-shaped ARM port for Microsoft.Network, in ARM's wire format (the JSON ARM sends
 * and receives, with `properties`). Plans carry these bodies unchanged, so what a plan shows is
 * what ARM receives. The Azure adapter implements it over @azure/arm-network.
 */
/** The api-version every Microsoft.Network call uses (the SDK's, and the specs in shared/). */
const NETWORK_API_VERSION = '2026-01-01';
/** Private DNS zones have their own API and SDK (@azure/arm-privatedns). */
const PRIVATE_DNS_API_VERSION = '2024-06-01';
/** AKS managed clusters: the api-version @azure/arm-containerservice 25.5.0 sends. */
const CONTAINER_SERVICE_API_VERSION = '2026-06-01';
/** Role assignments: the api-version @azure/arm-authorization 9.0.0 sends. */
const AUTHORIZATION_API_VERSION = '2022-04-01';
/** The api-version a resource's writes use, by the provider in its ID. */
function apiVersionFor(resourceId) {
    if (/\/providers\/Microsoft\.Authorization\/roleAssignments\//i.test(resourceId)) {
        return AUTHORIZATION_API_VERSION;
    }
    if (/\/providers\/Microsoft\.ContainerService\//i.test(resourceId)) {
        return CONTAINER_SERVICE_API_VERSION;
    }
    if (/\/privateDnsZones\//i.test(resourceId))
        return PRIVATE_DNS_API_VERSION;
    return NETWORK_API_VERSION;
}
/** The tag that marks what this project created; nothing without it is ever deleted. */
const MANAGED_BY_TAG = 'managed-by';
const MANAGED_BY_VALUE = 'aks-secure-networking';
/** The subnet properties a client may write (ARM's spec; the others are read-only). */
const SUBNET_WRITABLE_PROPERTIES = [
    'addressPrefix',
    'addressPrefixes',
    'networkSecurityGroup',
    'routeTable',
    'natGateway',
    'serviceEndpoints',
    'serviceEndpointPolicies',
    'ipAllocations',
    'delegations',
    'privateEndpointNetworkPolicies',
    'privateLinkServiceNetworkPolicies',
    'applicationGatewayIPConfigurations',
    'sharingScope',
    'defaultOutboundAccess',
    'ipamPoolPrefixAllocations',
    'serviceGateway',
];
function propertiesOf(body) {
    const props = body?.['properties'];
    return props !== null && typeof props === 'object' ? props : {};
}
function tagsOf(body) {
    const tags = body?.['tags'];
    return tags !== null && typeof tags === 'object' ? tags : {};
}
function isManagedByUs(body) {
    return tagsOf(body)[MANAGED_BY_TAG] === MANAGED_BY_VALUE;
}
/** ARM IDs compare without case. Undefined never equals anything. */
function sameId(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** A non-empty string property, or undefined. */
function stringValue(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A reference's `id`, as ARM returns it (`{ id: ... }`), if any. */
function referenceId(value) {
    if (value !== null && typeof value === 'object') {
        const id = value['id'];
        return typeof id === 'string' ? id : undefined;
    }
    return undefined;
}
/**
 * The PUT body that rewrites a subnet with changed properties and every other writable
 * property exactly as read. Read-only properties are left out, as the SDK leaves them out.
 */
function subnetPutBody(observed, changes) {
    const current = propertiesOf(observed);
    const kept = Object.fromEntries(SUBNET_WRITABLE_PROPERTIES.filter(key => current[key] !== undefined).map(key => [
        key,
        current[key],
    ]));
    return {
        ...(typeof observed['id'] === 'string' ? { id: observed['id'] } : {}),
        ...(typeof observed['name'] === 'string' ? { name: observed['name'] } : {}),
        properties: { ...kept, ...changes },
    };
}


/***/ }),

/***/ 4620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ knownAfterApply),
/* harmony export */   Cy: () => (/* binding */ changeKey),
/* harmony export */   FX: () => (/* binding */ displayOrder),
/* harmony export */   Lu: () => (/* binding */ hasWrites),
/* harmony export */   Q$: () => (/* binding */ blockedChanges),
/* harmony export */   X5: () => (/* binding */ isNoop),
/* harmony export */   Xg: () => (/* binding */ changeSubject),
/* harmony export */   l6: () => (/* binding */ armChange),
/* harmony export */   nv: () => (/* binding */ hasUnknownValues)
/* harmony export */ });
/* unused harmony exports RISK_FLAGS, KNOWN_AFTER_APPLY_PREFIX, isKnownAfterApply, applyOrder */
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13661);
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
        apiVersion: (0,_network_js__WEBPACK_IMPORTED_MODULE_0__/* .apiVersionFor */ .I7)(resourceId),
        reason,
        flags: [],
        ...extra,
    };
}


/***/ }),

/***/ 31595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   uC: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, planFileObject, countActions */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(86153);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4620);


const TOOL_NAME = 'aks-secure-networking';
const PLAN_SCHEMA_VERSION = 1;
/** Recursively sorts object keys so the same plan always serialises to the same bytes. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .UF)(a, b));
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
    const noops = plan.changes.filter(_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .isNoop */ .X5).length;
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
        ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .displayOrder */ .FX)(plan.changes).map(c => `| ${ACTION_MARK[c.action]} | \`${escapeCell((0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSubject */ .Xg)(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`),
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
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .displayOrder */ .FX)(plan.changes).map(c => {
        const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : '';
        return `${ACTION_MARK[c.action].padEnd(11)} ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSubject */ .Xg)(c)}: ${c.reason}${flags}`;
    });
}


/***/ }),

/***/ 57385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* binding */ caConstraints),
  PK: () => (/* binding */ certificateAuthorityExtensions),
  lc: () => (/* binding */ loadX509)
});

// UNUSED EXPORTS: loadedX509

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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
        const x509 = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(927)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8927, 19));
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


/***/ }),

/***/ 33546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16155);

process.exitCode = await (0,_hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 16155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/core/manifest.ts
var core_manifest = __nccwpck_require__(84414);
;// CONCATENATED MODULE: ./src/steps/catalog.ts
/**
 * The steps in pipeline order, each loaded only when it runs, so the CLI parses just the step it
 * was asked for (its start-up cost stays that of one step). The named chunks keep their file
 * names stable across builds. `registry.ts` imports every step for the manifests and tests; a
 * test keeps the two lists in step.
 */
const STEP_CATALOG = [
    {
        name: 'configure-firewall-egress',
        load: async () => (await Promise.all(/* import() | step-configure-firewall-egress */[__nccwpck_require__.e(426), __nccwpck_require__.e(53)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49429))).configureFirewallEgress,
    },
    {
        name: 'provision-private-ingress',
        load: async () => (await Promise.all(/* import() | step-provision-private-ingress */[__nccwpck_require__.e(426), __nccwpck_require__.e(431)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77211))).provisionPrivateIngress,
    },
    {
        name: 'install-mesh',
        load: async () => (await __nccwpck_require__.e(/* import() | step-install-mesh */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 71163)))
            .installMesh,
    },
    {
        name: 'verify-encryption',
        load: async () => (await Promise.all(/* import() | step-verify-encryption */[__nccwpck_require__.e(682), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57200))).verifyEncryption,
    },
];
/** Step names in pipeline order. */
const PIPELINE_ORDER = STEP_CATALOG.map(entry => entry.name);

// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __nccwpck_require__(20681);
// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __nccwpck_require__(47202);
// EXTERNAL MODULE: ./src/core/inputs/choice.ts
var choice = __nccwpck_require__(13670);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var parsed = __nccwpck_require__(85772);
;// CONCATENATED MODULE: ./src/hosts/cloud-inputs.ts




const parseCloudName = (0,choice/* parseChoice */.H)(common_inputs/* CLOUD_NAMES */.vD);
function parseHttpsUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.protocol !== 'https:')
            return (0,parsed/* fail */.f)('must be an https:// URL, like https://management.local.azurestack.external');
        return (0,parsed.ok)(url.toString().replace(/\/+$/, ''));
    }
    catch {
        return (0,parsed/* fail */.f)('must be an absolute https:// URL, like https://management.local.azurestack.external');
    }
}
/** Reads the cloud from `environment`, or a custom one from `arm-endpoint`/`authority-host`. */
function readCloud(reader) {
    const name = reader.optional('environment', parseCloudName);
    const armEndpoint = reader.optional('arm-endpoint', parseHttpsUrl);
    const authorityHost = reader.optional('authority-host', parseHttpsUrl);
    if (armEndpoint !== undefined)
        return (0,clouds/* cloudForEndpoint */.gL)(armEndpoint, authorityHost);
    if (authorityHost !== undefined) {
        reader.problem('authority-host', authorityHost, `is only used with '${reader.name('arm-endpoint')}'; set both for a custom cloud, or neither.`);
    }
    return name === undefined ? undefined : (0,clouds/* knownCloud */.fF)(name);
}

;// CONCATENATED MODULE: ./src/hosts/azure-loader.ts
const loadAzure = () => Promise.all(/* import() */[__nccwpck_require__.e(904), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57579));

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
;// CONCATENATED MODULE: ./src/hosts/node-exec.ts

/** The Exec port over node:child_process: argv arrays, no shell, stdin piped. */
class NodeExec {
    run(tool, args, options = {}) {
        return new Promise(resolve => {
            const child = (0,external_node_child_process_.spawn)(tool, [...args], {
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
var promises_ = __nccwpck_require__(51455);
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __nccwpck_require__(4620);
// EXTERNAL MODULE: ./src/core/render.ts
var render = __nccwpck_require__(31595);
// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var structured = __nccwpck_require__(16126);
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
        return (0,core_manifest/* inputName */.yu)((0,core_manifest/* findInput */.cu)(this.manifest, id), this.host);
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
        return (0,core_manifest/* inputDefault */.qw)(decl, this.host);
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
        const decl = (0,core_manifest/* findInput */.cu)(this.manifest, id);
        if ((0,core_manifest/* inputDefault */.qw)(decl, this.host) === undefined) {
            throw new Error(`${this.manifest.name}: input '${id}' has no default in the manifest`);
        }
        return this.optional(id, parse);
    }
    /** Records a problem found by a cross-input check. */
    problem(id, value, message) {
        const decl = (0,core_manifest/* findInput */.cu)(this.manifest, id);
        this.problems.push({
            input: (0,core_manifest/* inputName */.yu)(decl, this.host),
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
        const decl = (0,core_manifest/* findInput */.cu)(this.manifest, id);
        return (0,core_manifest/* inputOnHost */.i8)(decl, this.host) ? decl : undefined;
    }
}

// EXTERNAL MODULE: ./src/core/x509.ts + 1 modules
var x509 = __nccwpck_require__(57385);
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
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
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
        if (!decl.secret || !(0,core_manifest/* inputOnHost */.i8)(decl, host.kind))
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
    const input = declared && (0,core_manifest/* inputOnHost */.i8)(declared, host.kind) ? host.inputs.get('kubeconfig') : undefined;
    const { resolveKubeconfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67598));
    const location = await resolveKubeconfig(input, {
        tempDir: host.tempDirectory,
        env: process.env,
    });
    const where = location.source === 'input-content' ? "the 'kubeconfig' input's content" : `'${location.path}'`;
    host.log.info(`${name}: cluster access through the kubeconfig ${where} (${location.source}).`);
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(172)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62172));
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
                ? `'${(0,core_manifest/* inputName */.yu)((0,core_manifest/* findInput */.cu)(step.manifest, id), host.kind)}: true'`
                : `(no opt-in for ${flag})`;
        });
        return `  - ${(0,core_plan/* changeSubject */.Xg)(change)}: ${flags.join(', ')} (set ${inputs.join(' and ')})`;
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
    const verification = step.judge(spec, state, { name: render/* TOOL_NAME */.lH, version: VERSION });
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
        const given = step.manifest.inputs.filter(i => (0,core_manifest/* inputOnHost */.i8)(i, host.kind) && host.inputs.get(i.id)?.trim());
        if (given.some(i => i.structured))
            await (0,structured/* loadStructuredParser */.V)();
        if (given.some(i => i.certificates))
            await (0,x509/* loadX509 */.lc)();
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
        for (const line of (0,render/* renderPlanText */.$D)(planned))
            host.log.info(`  ${line}`);
        for (const warning of planned.warnings ?? [])
            host.log.warn(`${name}: ${warning}`);
        for (const note of planned.notes ?? [])
            host.log.info(`${name}: ${note}`);
        if (common.planFile !== undefined) {
            const path = await writeRunFile(host, common.planFile, (0,render/* renderPlanJson */.uC)(planned, planContext));
            host.log.info(`${name}: plan file written to ${path}`);
            outputs['plan-file'] = path;
        }
        let final = { ...planned.outputs };
        let notes = planned.notes;
        if (common.mode === 'apply') {
            const blocked = (0,core_plan/* blockedChanges */.Q$)(planned, step.allowedFlags(spec));
            if (blocked.length > 0)
                throw new errors/* OptInRequiredError */.Uo(optInMessage(host, step, blocked));
            if ((0,core_plan/* hasWrites */.Lu)(planned)) {
                await host.log.group(`${name}: apply`, () => step.apply(ctx, spec, planned));
                const after = await step.observe(ctx, spec);
                const replanned = step.plan(spec, after);
                const remaining = replanned.changes.filter(c => c.action !== 'noop');
                if (remaining.length > 0) {
                    throw new errors/* ConvergenceError */.g7(`${name}: after apply, ${remaining.length} change(s) are still pending: ${remaining.map(core_plan/* changeSubject */.Xg).join(', ')}. Another writer may be changing these resources; run the step again to see the plan.`);
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
        await host.summary.write((0,render/* renderPlanMarkdown */.d$)({ ...planned, outputs, notes: notes ?? [] }, planContext));
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
                .write(`${(0,render/* renderPlanMarkdown */.d$)(plan, planContext)}\n**Failed:** ${message}\n`)
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

;// CONCATENATED MODULE: ./src/hosts/cli/adapters.ts
/** Inputs from, highest first: flags and --set, the step's config section, shared config keys. */
class CliInputs {
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    get(id) {
        for (const layer of this.layers) {
            const value = layer[id];
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
}
/** Redacts registered secrets from everything the CLI prints. */
class CliSecrets {
    values = new Set();
    mask(value) {
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 4)
                this.values.add(line.trim());
    }
    redact(text) {
        let out = text;
        for (const value of this.values)
            out = out.split(value).join('***');
        return out;
    }
}
/** Logs go to stderr so stdout carries only the Markdown plan and outputs. */
class CliLog {
    secrets;
    verbose;
    write;
    constructor(secrets, verbose, write = t => process.stderr.write(t)) {
        this.secrets = secrets;
        this.verbose = verbose;
        this.write = write;
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${this.secrets.redact(message)}\n`);
    }
    info(message) {
        this.write(`${this.secrets.redact(message)}\n`);
    }
    warn(message) {
        this.write(`warning: ${this.secrets.redact(message)}\n`);
    }
    error(message) {
        this.write(`error: ${this.secrets.redact(message)}\n`);
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
}
class CliOutputs {
    values = {};
    set(id, value) {
        this.values[id] = value;
    }
}
class CliSummary {
    secrets;
    print;
    constructor(secrets, print = t => process.stdout.write(t)) {
        this.secrets = secrets;
        this.print = print;
    }
    write(markdown) {
        this.print(`${this.secrets.redact(markdown)}\n`);
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./src/hosts/cli/config.ts


class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function toInputString(key, value, file) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every(v => typeof v === 'string' || typeof v === 'number')) {
        return value.join('\n');
    }
    if (value !== null && typeof value === 'object')
        return JSON.stringify(value);
    throw new UsageError(`${file}: '${key}' has no value; remove it or give one.`);
}
function section(raw, file, where) {
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toInputString(`${where}${k}`, v, file)]));
}
/** Reads the YAML config: shared top-level inputs and a section per step. */
async function readConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read config '${file}': ${error.message}`);
    }
    // Loaded only when a config is given, to keep the CLI's start-up small.
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    let doc;
    try {
        doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        throw new UsageError(`config '${file}' is not valid YAML: ${error.message}`);
    }
    if (doc === null || doc === undefined)
        return { shared: {}, steps: {} };
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new UsageError(`config '${file}' must be a mapping of input names and step sections.`);
    }
    const shared = {};
    const steps = {};
    for (const [key, value] of Object.entries(doc)) {
        if (PIPELINE_ORDER.includes(key)) {
            if (value === null) {
                steps[key] = {};
            }
            else if (typeof value === 'object' && !Array.isArray(value)) {
                steps[key] = section(value, file, `${key}.`);
            }
            else {
                throw new UsageError(`config '${file}': the '${key}' section must be a mapping of inputs.`);
            }
        }
        else {
            shared[key] = value;
        }
    }
    return { shared: section(shared, file, ''), steps };
}

;// CONCATENATED MODULE: ./src/hosts/cli/main.ts














/** Exit codes: a contract for scripts and other tools. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const USAGE = `Usage:
  aks-secure-networking <step> [--config FILE] [--set NAME=VALUE]... [--mode plan|apply]
                        [--offline] [--plan-file FILE] [--environment NAME] [--verbose]
  aks-secure-networking verify-encryption [--config FILE] [--set NAME=VALUE]...
                        [--from-scrapes DIR] [--verbose]
  aks-secure-networking plan --config FILE [--offline] [--plan-dir DIR] [--verbose]
  aks-secure-networking --help | --version

Steps, in pipeline order: ${PIPELINE_ORDER.join(', ')}

The config is YAML: top-level keys are inputs shared by every step (subscription-id,
environment, ...); a section per step name holds that step's inputs. --set overrides both.
Input names are the GitHub (kebab-case) ones. The CLI signs in with DefaultAzureCredential
(environment variables, workload identity, managed identity, Azure CLI, ...).
verify-encryption reads the kubeconfig's cluster and never plans or applies (a verification
that does not pass is a failed step); with --from-scrapes DIR it judges saved scrapes instead
(DIR/pods.json as 'kubectl get pods -A -o json' prints it, and DIR/NAMESPACE/POD.prom per pod)
without a cluster. The plan command skips it.
Exit codes: 0 success, 1 the step failed, 2 invalid input or usage.
`;
const defaultIo = {
    stdout: t => process.stdout.write(t),
    stderr: t => process.stderr.write(t),
    cwd: process.cwd(),
};
function readCliConnection(reader, common) {
    const cloud = readCloud(reader) ?? (0,clouds/* knownCloud */.fF)('AzureCloud');
    return common.offline ? undefined : { cloud, credential: { kind: 'default' } };
}
function cliHost(manifest, layers, io, verbose) {
    const secrets = new CliSecrets();
    const log = new CliLog(secrets, verbose, io.stderr);
    const failures = [];
    const known = new Set(manifest.inputs.filter(i => (0,core_manifest/* inputOnHost */.i8)(i, 'cli')).map(i => i.id));
    for (const layer of layers.slice(0, 2)) {
        for (const key of Object.keys(layer)) {
            if (!known.has(key))
                log.warn(`${manifest.name}: input '${key}' is not an input of this step and is ignored.`);
        }
    }
    const host = {
        kind: 'cli',
        inputs: new CliInputs(layers),
        log,
        outputs: new CliOutputs(),
        summary: new CliSummary(secrets, io.stdout),
        secrets,
        exec: new NodeExec(),
        clock: systemClock,
        files: new NodeSecretFiles(io.cwd),
        readAzureConnection: readCliConnection,
        loadAzure: loadAzure,
        fail: message => {
            failures.push(message);
            log.error(message);
        },
        succeed: () => undefined,
        workingDirectory: io.cwd,
        tempDirectory: (0,external_node_os_.tmpdir)(),
    };
    return { host, failures };
}
function exitCodeOf(status) {
    return status === 'succeeded' ? EXIT_OK : status === 'invalid' ? EXIT_USAGE : EXIT_FAILED;
}
function parseSets(values) {
    const sets = {};
    for (const item of values) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new UsageError(`--set takes NAME=VALUE; got '${item}'.`);
        sets[item.slice(0, eq).trim()] = item.slice(eq + 1);
    }
    return sets;
}
function main_isVerifyStep(step) {
    return 'kind' in step && step.kind === 'verify';
}
/** Loads the named step (only that step's code), or explains the commands there are. */
async function findStep(name) {
    const entry = STEP_CATALOG.find(e => e.name === name);
    if (entry === undefined) {
        throw new UsageError(`unknown command '${name}'; expected 'plan' or a step: ${PIPELINE_ORDER.join(', ')}.`);
    }
    return entry.load();
}
/** A step's inputs, highest first: flags and --set, its config section, the shared keys. */
function inputLayers(step, flags, config) {
    return [flags, config.steps[step] ?? {}, config.shared];
}
async function runOne(step, flags, config, io, verbose, fromScrapes) {
    const layers = inputLayers(step.manifest.name, flags, config);
    const { host } = cliHost(step.manifest, layers, io, verbose);
    const run = fromScrapes === undefined
        ? host
        : {
            ...host,
            cluster: async () => {
                const { createSavedScrapesCluster } = await __nccwpck_require__.e(/* import() */ 478).then(__nccwpck_require__.bind(__nccwpck_require__, 79478));
                return createSavedScrapesCluster((0,external_node_path_.resolve)(io.cwd, fromScrapes));
            },
        };
    const result = await runStep(run, step);
    return exitCodeOf(result.status);
}
/** The flags that make no sense for a step that only verifies. */
function checkVerifyFlags(values) {
    if (values.offline) {
        throw new UsageError('verify-encryption has no offline mode: it judges a live cluster, or saved scrapes with --from-scrapes DIR.');
    }
    if (values.mode !== undefined || values['plan-file'] !== undefined) {
        throw new UsageError('verify-encryption never plans or applies, so it takes no --mode or --plan-file; its evidence goes to the report-file input.');
    }
}
/** The plan command's note for a verify step: there is nothing to plan. */
function skippedInPlan(step) {
    const name = step.manifest.name;
    return `### ${name}: not planned

${name} only reads the cluster and judges what it sees; it has no plan and verifies nothing offline. Run \`aks-secure-networking ${name} --config FILE\` against the cluster, or with \`--from-scrapes DIR\` on saved scrapes.
`;
}
/** Runs the CLI with argv (without node and the script); returns the exit code. */
async function runCli(argv, io = defaultIo) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                set: { type: 'string', multiple: true },
                mode: { type: 'string' },
                offline: { type: 'boolean' },
                'plan-file': { type: 'string' },
                'plan-dir': { type: 'string' },
                'from-scrapes': { type: 'string' },
                environment: { type: 'string' },
                verbose: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
        if (values.help) {
            io.stdout(USAGE);
            return EXIT_OK;
        }
        if (values.version) {
            io.stdout(`${VERSION}\n`);
            return EXIT_OK;
        }
        const [command, ...rest] = positionals;
        if (command === undefined)
            throw new UsageError('no command given.');
        if (rest.length > 0)
            throw new UsageError(`unexpected argument '${rest[0] ?? ''}'.`);
        const config = values.config
            ? await readConfig((0,external_node_path_.resolve)(io.cwd, values.config))
            : { shared: {}, steps: {} };
        const flags = parseSets(values.set ?? []);
        if (values.mode !== undefined)
            flags['mode'] = values.mode;
        if (values.offline)
            flags['offline'] = 'true';
        if (values.environment !== undefined)
            flags['environment'] = values.environment;
        const verbose = values.verbose ?? false;
        if (command !== 'plan' && values['from-scrapes'] !== undefined) {
            if (!main_isVerifyStep(await findStep(command))) {
                throw new UsageError(`--from-scrapes goes with verify-encryption, not '${command}'.`);
            }
            // Read with the step's own parser: a value it rejects (-1, 'abc') is left to the run,
            // which reports it with every other input problem; '00' is 0.
            const { parseWindowSeconds } = await __nccwpck_require__.e(/* import() */ 682).then(__nccwpck_require__.bind(__nccwpck_require__, 91682));
            const window = new CliInputs(inputLayers(command, flags, config)).get('window-seconds');
            const parsed = window === undefined ? undefined : parseWindowSeconds(window.trim());
            if (parsed?.ok === true && parsed.value > 0) {
                throw new UsageError('--from-scrapes judges one saved scrape per pod; window mode (window-seconds) needs a live cluster.');
            }
        }
        if (command === 'plan') {
            if (values['from-scrapes'] !== undefined)
                throw new UsageError('--from-scrapes goes with verify-encryption, not plan.');
            if (!values.config)
                throw new UsageError('plan needs --config FILE.');
            if (values['plan-file'] !== undefined)
                throw new UsageError('plan writes one file per step: use --plan-dir DIR.');
            if (values.mode === 'apply')
                throw new UsageError('plan never applies; run a step with --mode apply instead.');
            const names = PIPELINE_ORDER.filter(name => name in config.steps);
            if (names.length === 0) {
                throw new UsageError(`config '${values.config}' has no step section; add one of: ${PIPELINE_ORDER.join(', ')}.`);
            }
            const steps = await Promise.all(names.map(findStep));
            let exit = EXIT_OK;
            for (const step of steps) {
                if (main_isVerifyStep(step)) {
                    io.stderr(`${step.manifest.name}: skipped by plan (it only verifies a live cluster).\n`);
                    io.stdout(skippedInPlan(step));
                    continue;
                }
                const stepFlags = { ...flags, mode: 'plan' };
                if (values['plan-dir'] !== undefined) {
                    stepFlags['plan-file'] = (0,external_node_path_.join)(values['plan-dir'], `${step.manifest.name}.plan.json`);
                }
                exit = Math.max(exit, await runOne(step, stepFlags, config, io, verbose));
            }
            return exit;
        }
        if (values['plan-dir'] !== undefined)
            throw new UsageError('--plan-dir goes with the plan command; a step takes --plan-file FILE.');
        const step = await findStep(command);
        if (main_isVerifyStep(step))
            checkVerifyFlags(values);
        if (values['plan-file'] !== undefined)
            flags['plan-file'] = values['plan-file'];
        return await runOne(step, flags, config, io, verbose, values['from-scrapes']);
    }
    catch (error) {
        const code = error.code;
        if (error instanceof UsageError ||
            (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
            io.stderr(`aks-secure-networking: ${error.message}\n\n${USAGE}`);
            return EXIT_USAGE;
        }
        io.stderr(`aks-secure-networking: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_FAILED;
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
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

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
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
/******/ var __webpack_exports__ = __nccwpck_require__(33546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
