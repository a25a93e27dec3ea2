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

/***/ 17113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ch: () => (/* binding */ IDENTITY_ISSUER_SECRET),
/* harmony export */   d_: () => (/* binding */ helmInstallOf)
/* harmony export */ });
/* unused harmony export podWorkload */
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
const WORKLOAD_KINDS = (/* unused pure expression or super */ null && (['Deployment', 'StatefulSet', 'DaemonSet']));
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

/***/ 47202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ usesAzure),
/* harmony export */   PS: () => (/* binding */ CLUSTER_INPUTS),
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/* unused harmony exports MODES, AZURE_INPUTS, RUN_INPUTS */
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

/***/ 34491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   bM: () => (/* binding */ formatResourceId),
/* harmony export */   v1: () => (/* binding */ resourceIdEquals)
/* harmony export */ });
/* harmony import */ var _azure_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6879);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(85772);


const GENERIC_EXAMPLE = '/subscriptions/<id>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>';
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const TYPE = /^[A-Za-z][A-Za-z0-9]*$/;
const PLACEHOLDERS = { virtualnetworks: 'vnet' };
/**
 * A parser for ARM resource IDs of the form
 * `/subscriptions/{guid}/resourceGroups/{rg}/providers/{Namespace}/{type}/{name}[/{type}/{name}...]`.
 * Keywords match in any case. With `expectedType` (`Microsoft.Network/virtualNetworks/subnets`),
 * the type must match it, ignoring case.
 */
function parseResourceId(expectedType) {
    const accepted = expectedType === undefined
        ? `use ${GENERIC_EXAMPLE}`
        : `expected a ${expectedType} resource ID, like ${exampleFor(expectedType)}`;
    return raw => {
        const parsed = parseParts(raw);
        if (!parsed.ok)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${parsed.message}; ${accepted}`);
        const resourceId = build(parsed.value);
        if (expectedType !== undefined && !sameText(resourceId.type, expectedType)) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${accepted}; got a ${resourceId.type} ID`);
        }
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(resourceId);
    };
}
/** The canonical ID text for `parts`. Throws when `types` and `names` differ in length. */
function formatResourceId(parts) {
    if (parts.types.length !== parts.names.length || parts.types.length === 0) {
        throw new RangeError('formatResourceId: types and names must be non-empty and of equal length');
    }
    const pairs = parts.types.map((type, index) => `${type}/${parts.names[index] ?? ''}`);
    return [
        `/subscriptions/${parts.subscriptionId}`,
        `resourceGroups/${parts.resourceGroup}`,
        `providers/${parts.provider}`,
        ...pairs,
    ].join('/');
}
/** Compares two resource IDs ignoring case (ARM IDs are case-insensitive). */
function resourceIdEquals(a, b) {
    return sameText(canonical(a), canonical(b));
}
function canonical(id) {
    if (typeof id !== 'string')
        return id.id;
    const parsed = parseParts(id);
    return parsed.ok ? formatResourceId(parsed.value) : id;
}
function sameText(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function parseParts(raw) {
    if (!raw.startsWith('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('not a resource ID, which starts with /subscriptions/');
    if (raw.length > 1 && raw.endsWith('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("ends with '/'; drop it");
    const segments = raw.slice(1).split('/');
    if (segments.includes(''))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("has an empty segment ('//')");
    const [subKeyword, subscription, rgKeyword, resourceGroup, providersKeyword, provider, ...rest] = segments;
    if (!sameText(subKeyword ?? '', 'subscriptions') || subscription === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('does not start with /subscriptions/<id>');
    }
    if (!(0,_azure_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSubscriptionId */ .mU)(subscription).ok)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('the subscription is not a GUID');
    if (!sameText(rgKeyword ?? '', 'resourceGroups') || resourceGroup === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('missing the resourceGroups/<rg> segment');
    }
    if (!(0,_azure_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseResourceGroupName */ .O4)(resourceGroup).ok) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`resource group '${resourceGroup}' is not a valid resource group name`);
    }
    if (!sameText(providersKeyword ?? '', 'providers') || provider === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('a resource group ID, not a resource ID; it lacks providers/<Namespace>/<type>/<name>');
    }
    if (!NAMESPACE.test(provider)) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`'${provider}' is not a provider namespace like Microsoft.Network`);
    }
    if (rest.some(segment => sameText(segment, 'providers'))) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("extension resources (a second 'providers' segment) are not supported");
    }
    if (rest.length === 0)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`missing the resource type and name after '${provider}'`);
    const types = rest.filter((_, index) => index % 2 === 0);
    const names = rest.filter((_, index) => index % 2 === 1);
    const badType = types.find(type => !TYPE.test(type));
    if (badType !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`'${badType}' is not a resource type`);
    if (types.length !== names.length) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`missing the name after '${types[types.length - 1] ?? ''}'`);
    }
    const badName = names.find(name => /[\s?#]/.test(name));
    if (badName !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`name '${badName}' contains whitespace, '?' or '#'`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)({
        subscriptionId: subscription.toLowerCase(),
        resourceGroup,
        provider,
        types,
        names,
    });
}
function build(parts) {
    const { types, names } = parts;
    const parent = types.length > 1
        ? build({ ...parts, types: types.slice(0, -1), names: names.slice(0, -1) })
        : undefined;
    const resourceId = {
        ...parts,
        id: formatResourceId(parts),
        type: [parts.provider, ...types].join('/'),
        name: names[names.length - 1] ?? '',
    };
    return parent === undefined ? resourceId : { ...resourceId, parent };
}
function exampleFor(expectedType) {
    const [provider = '<Namespace>', ...types] = expectedType.split('/');
    const pairs = types.map(type => `${type}/<${placeholderFor(type)}>`);
    return [`/subscriptions/<id>/resourceGroups/<rg>/providers/${provider}`, ...pairs].join('/');
}
function placeholderFor(type) {
    const known = PLACEHOLDERS[type.toLowerCase()];
    if (known !== undefined)
        return known;
    if (type.endsWith('ies'))
        return `${type.slice(0, -3)}y`;
    if (/(ss|x|ch|sh)es$/.test(type))
        return type.slice(0, -2);
    if (type.endsWith('s'))
        return type.slice(0, -1);
    return type;
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
/* harmony export */   Vk: () => (/* binding */ sameJson)
/* harmony export */ });
/* unused harmony export mapStrings */
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
/* harmony export */   V9: () => (/* binding */ adoOutputName),
/* harmony export */   cu: () => (/* binding */ findInput),
/* harmony export */   hh: () => (/* binding */ findOutput),
/* harmony export */   i8: () => (/* binding */ inputOnHost),
/* harmony export */   iu: () => (/* binding */ adoInputName),
/* harmony export */   qw: () => (/* binding */ inputDefault),
/* harmony export */   yu: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony exports ALL_HOSTS, camelCase, inputLabel, outputName, inputRequired */
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

/***/ 50334:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(78326);
/* harmony import */ var _hosts_azure_pipelines_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98939);
/* harmony import */ var _steps_provision_private_ingress_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46394);



await (0,_hosts_azure_pipelines_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAdoStep */ .i)(_steps_provision_private_ingress_index_js__WEBPACK_IMPORTED_MODULE_1__/* .provisionPrivateIngress */ .w, _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAzure */ .y);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 78326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ loadAzure)
/* harmony export */ });
const loadAzure = () => Promise.all(/* import() */[__nccwpck_require__.e(904), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57579));


/***/ }),

/***/ 98939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ runAdoStep)
});

// UNUSED EXPORTS: adoHost

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __nccwpck_require__(47202);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(84414);
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
        return (0,manifest/* inputName */.yu)((0,manifest/* findInput */.cu)(this.manifest, id), this.host);
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
        return (0,manifest/* inputDefault */.qw)(decl, this.host);
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
        const decl = (0,manifest/* findInput */.cu)(this.manifest, id);
        if ((0,manifest/* inputDefault */.qw)(decl, this.host) === undefined) {
            throw new Error(`${this.manifest.name}: input '${id}' has no default in the manifest`);
        }
        return this.optional(id, parse);
    }
    /** Records a problem found by a cross-input check. */
    problem(id, value, message) {
        const decl = (0,manifest/* findInput */.cu)(this.manifest, id);
        this.problems.push({
            input: (0,manifest/* inputName */.yu)(decl, this.host),
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
        const decl = (0,manifest/* findInput */.cu)(this.manifest, id);
        return (0,manifest/* inputOnHost */.i8)(decl, this.host) ? decl : undefined;
    }
}

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
        if (!decl.secret || !(0,manifest/* inputOnHost */.i8)(decl, host.kind))
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
    const input = declared && (0,manifest/* inputOnHost */.i8)(declared, host.kind) ? host.inputs.get('kubeconfig') : undefined;
    const { resolveKubeconfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67598));
    const location = await resolveKubeconfig(input, {
        tempDir: host.tempDirectory,
        env: process.env,
    });
    const where = location.source === 'input-content' ? "the 'kubeconfig' input's content" : `'${location.path}'`;
    host.log.info(`${name}: cluster access through the kubeconfig ${where} (${location.source}).`);
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(414)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29414));
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
                ? `'${(0,manifest/* inputName */.yu)((0,manifest/* findInput */.cu)(step.manifest, id), host.kind)}: true'`
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
        const given = step.manifest.inputs.filter(i => (0,manifest/* inputOnHost */.i8)(i, host.kind) && host.inputs.get(i.id)?.trim());
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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
        this.lib ??= await __nccwpck_require__.e(/* import() */ 358).then(__nccwpck_require__.t.bind(__nccwpck_require__, 70358, 23));
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
        return this.agent.input((0,manifest/* adoInputName */.iu)((0,manifest/* findInput */.cu)(this.manifest, id)));
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
        this.taskLib.get().setVariable((0,manifest/* adoOutputName */.V9)((0,manifest/* findOutput */.hh)(this.manifest, id)), value, false, true);
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
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'aks-secure-networking-'));
        const path = (0,external_node_path_.join)(dir, `${this.step}.md`);
        (0,external_node_fs_.writeFileSync)(path, markdown, 'utf8');
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

// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __nccwpck_require__(20681);
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
        return (0,clouds/* cloudForEndpoint */.gL)(url, authority);
    const known = common_inputs/* CLOUD_NAMES */.vD.find(n => n.toLowerCase() === environment?.toLowerCase());
    return (0,clouds/* knownCloud */.fF)(known ?? 'AzureCloud');
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

/***/ 46394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ provisionPrivateIngress)
});

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __nccwpck_require__(47202);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/manifest.ts

const PRIVATE_LINK_MODES = ['service', 'arm', 'none'];
const CONTROLLERS = ['nginx', 'application-gateway'];
const WAF_MODES = ['Prevention', 'Detection'];
const AGIC_MODES = ['add-on', 'helm'];
/** The AGIC Helm chart, from Microsoft's registry (the OCI reference needs no `--repo`). */
const AGIC_CHART = {
    chart: 'oci://mcr.microsoft.com/azure-application-gateway/charts/ingress-azure',
    /** The latest release at the reference date (AGIC 1.9.8). */
    version: '1.9.8',
};
const NGINX = {
    chart: 'ingress-nginx',
    repo: 'https://kubernetes.github.io/ingress-nginx',
    /** The last release of the retired community chart. */
    version: '4.15.1',
};
const provisionPrivateIngressManifest = {
    name: 'provision-private-ingress',
    taskName: 'ProvisionPrivateIngress',
    taskIds: {
        prod: '1a82ff26-3f87-4224-9428-0e473cb5b1ca',
        test: '0df39916-a05f-4a16-8adc-1c88335a521b',
    },
    friendlyName: 'AKS: provision private ingress',
    summary: 'Private ingress: NGINX on an internal load balancer or a WAF_v2 Application Gateway, reached through Private Link.',
    description: 'Installs the ingress controller behind an internal Standard Load Balancer (NGINX) or a WAF_v2 Application Gateway with AGIC, publishes it through Private Link, and creates Private Endpoints in consumer networks.',
    inputs: [
        ...common_inputs/* COMMON_INPUTS */.s7,
        ...common_inputs/* CLUSTER_INPUTS */.PS,
        {
            id: 'resource-group',
            required: true,
            description: 'Resource group of the cluster; with `private-link: arm` the Private Link Service is created here, with `controller: application-gateway` the gateway, its WAF policy and public IP.',
        },
        {
            id: 'cluster-name',
            required: false,
            description: 'Name of the AKS cluster in `resource-group`: the step reads its node resource group, virtual network and region through ARM. Give this, or `node-resource-group` and `vnet-id` (always with `offline`). Required with `agic-mode: add-on`, where the step enables the add-on on it.',
        },
        {
            id: 'node-resource-group',
            required: false,
            description: 'The cluster’s node resource group (`MC_…`), where AKS keeps the internal load balancer and, with `private-link: service`, the Private Link Service. Read from the cluster with `cluster-name`.',
        },
        {
            id: 'vnet-id',
            required: false,
            description: 'Resource ID of the cluster’s virtual network. Read from the cluster with `cluster-name` (a cluster on its own subnet).',
        },
        {
            id: 'location',
            required: false,
            description: 'Azure region of the cluster. Read from the cluster (`cluster-name`) or the virtual network unless given; required with `offline`.',
        },
        {
            id: 'controller',
            required: false,
            default: 'nginx',
            options: CONTROLLERS,
            description: 'Ingress controller: `nginx` (the community ingress-nginx chart, retired in March 2026: pinned to its last release, see the README) or `application-gateway` (a WAF_v2 Application Gateway driven by AGIC; Microsoft steers new work to Application Gateway for Containers, see the README).',
        },
        {
            id: 'ingress-namespace',
            required: false,
            default: 'ingress-nginx',
            description: 'Namespace of the controller.',
        },
        {
            id: 'release-name',
            required: false,
            default: 'ingress-nginx',
            description: 'Helm release name of the controller.',
        },
        {
            id: 'chart-version',
            required: false,
            default: NGINX.version,
            description: 'Pinned chart version.',
        },
        {
            id: 'chart-repo',
            required: false,
            default: NGINX.repo,
            description: 'Where the chart comes from: a Helm repository (`https://…`) or an OCI registry (`oci://…`, the chart taken as `<registry>/ingress-nginx`).',
        },
        { id: 'replicas', required: false, default: '2', description: 'Controller replicas (1–10).' },
        {
            id: 'ingress-class',
            required: false,
            default: 'nginx',
            description: 'Name of the IngressClass the controller serves.',
        },
        {
            id: 'internal-subnet-name',
            required: false,
            description: 'Subnet (in the cluster VNet) for the internal load balancer’s frontend; default: the node subnet.',
        },
        {
            id: 'load-balancer-ip',
            required: false,
            description: 'Static private IPv4 of the frontend (`azure-load-balancer-ipv4`): free, in the frontend’s subnet, outside `service-cidr`.',
        },
        {
            id: 'service-cidr',
            required: false,
            default: '10.0.0.0/16',
            description: 'The cluster’s Kubernetes service CIDR (AKS default 10.0.0.0/16); `load-balancer-ip` must lie outside it.',
        },
        {
            id: 'private-link',
            required: false,
            default: 'service',
            options: PRIVATE_LINK_MODES,
            description: '`service`: the cloud provider creates the Private Link Service from the Service’s `azure-pls-*` annotations; `arm`: the step creates it on the load balancer’s frontend; `none`. With `application-gateway`, anything but `none` means the gateway’s Private Link configuration.',
        },
        {
            id: 'pls-name',
            required: false,
            description: 'Name of the Private Link Service; default `pls-<release-name>`.',
        },
        {
            id: 'pls-subnet-id',
            required: false,
            description: 'Subnet of the Private Link Service’s NAT IPs, in the cluster VNet (required with `private-link: arm`, where the step sets its `privateLinkServiceNetworkPolicies` to Disabled; with `service` the cloud provider does). With `application-gateway` (required unless `private-link: none`): the subnet of the gateway’s Private Link configuration, another subnet of the gateway’s VNet.',
        },
        {
            id: 'pls-visibility',
            required: false,
            adoType: 'multiLine',
            description: 'Subscription IDs that may see and request the Private Link Service, or `*`. Empty: RBAC only.',
        },
        {
            id: 'pls-auto-approval',
            required: false,
            adoType: 'multiLine',
            description: 'Subscription IDs whose Private Endpoint requests are approved automatically.',
        },
        {
            id: 'pls-nat-ip-count',
            required: false,
            default: '1',
            description: 'NAT IPs of the Private Link Service, or IPs of the gateway’s Private Link configuration (1–8).',
        },
        {
            id: 'pls-proxy-protocol',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Turn on TCP PROXY protocol v2 on the Private Link Service (and tell NGINX to expect it).',
        },
        {
            id: 'pls-fqdns',
            required: false,
            adoType: 'multiLine',
            description: 'FQDNs recorded on the Private Link Service.',
        },
        {
            id: 'private-endpoints',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: 'Consumer Private Endpoints, YAML or JSON: a list of `{subnet-id, name, request-message, dns-name}`. The step creates them, approves their pending connections, and deletes the ones it created that leave the list.',
        },
        {
            id: 'private-dns-zone-id',
            required: false,
            description: 'Resource ID of a Private DNS zone: the step writes an A record for each Private Endpoint (named by the endpoint’s `dns-name`, default its name) pointing at its private IP, and removes the records of endpoints it removes. Only records it wrote (metadata `managed-by`) are changed.',
        },
        {
            id: 'wait-timeout',
            required: false,
            default: '10m',
            description: 'How long to wait for the Service’s private IP and the Private Link Service, or for AGIC to be ready (Go-style duration).',
        },
        {
            id: 'application-gateway-name',
            required: false,
            description: '`application-gateway`: name of the gateway in `resource-group`; default `agw-<cluster-name>` (or `agw-<resource-group>`).',
        },
        {
            id: 'application-gateway-subnet-id',
            required: false,
            description: '`application-gateway` (required): the gateway’s dedicated subnet. It may hold other Application Gateways but nothing else, and needs room for `autoscale-max-capacity` instances, the private frontend IP and Azure’s 5 reserved addresses (Microsoft recommends /24).',
        },
        {
            id: 'private-frontend-ip',
            required: false,
            description: '`application-gateway` (required): the static private IPv4 of the gateway’s private frontend, a free address of `application-gateway-subnet-id`.',
        },
        {
            id: 'application-gateway-private-only',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: '`application-gateway`: no public frontend IP (the private-only deployment; the subscription needs the feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation registered). Without it the platform requires a public frontend IP, which the step creates and puts no listener on (AGIC may: see `allow-public-exposure`).',
        },
        {
            id: 'autoscale-min-capacity',
            required: false,
            default: '2',
            description: '`application-gateway`: autoscale lower bound, instances (0–125).',
        },
        {
            id: 'autoscale-max-capacity',
            required: false,
            default: '10',
            description: '`application-gateway`: autoscale upper bound, instances (2–125).',
        },
        {
            id: 'zones',
            required: false,
            adoType: 'multiLine',
            description: '`application-gateway`: availability zones of the gateway and its public IP (`1`, `2`, `3`); set at creation only. Empty: the platform’s default.',
        },
        {
            id: 'waf-policy-name',
            required: false,
            description: '`application-gateway`: name of the WAF policy; default `<gateway name>-waf`.',
        },
        {
            id: 'waf-mode',
            required: false,
            default: 'Prevention',
            options: WAF_MODES,
            description: '`application-gateway`: `Prevention` blocks matched requests; `Detection` only logs them and needs `allow-waf-detection: true`.',
        },
        {
            id: 'allow-waf-detection',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Opt-in for `waf-mode: Detection` (a plan change flagged `waf-detection` is applied only with it).',
        },
        {
            id: 'waf-rule-set',
            required: false,
            default: 'Microsoft_DefaultRuleSet/2.1',
            description: '`application-gateway`: managed rule set, `<type>/<version>`: Microsoft_DefaultRuleSet/2.2, Microsoft_DefaultRuleSet/2.1 or OWASP/3.2 (the versions offered for new policies).',
        },
        {
            id: 'waf-exclusions',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: '`application-gateway`: WAF exclusions, YAML or JSON in ARM’s shape (`managedRules.exclusions`: `{matchVariable, selectorMatchOperator, selector, exclusionManagedRuleSets}`); unknown keys are errors.',
        },
        {
            id: 'waf-custom-rules',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: '`application-gateway`: WAF custom rules, YAML or JSON in ARM’s shape (`customRules`: `{name, priority, ruleType, matchConditions, action, …}`); unknown keys are errors.',
        },
        {
            id: 'agic-mode',
            required: false,
            default: 'add-on',
            options: AGIC_MODES,
            description: '`application-gateway`: how AGIC runs: `add-on` (the AKS ingressApplicationGateway add-on, enabled through ARM on `cluster-name`) or `helm` (the AGIC chart with workload identity).',
        },
        {
            id: 'agic-namespace',
            required: false,
            default: 'ingress-azure',
            description: '`agic-mode: helm`: namespace of the AGIC release `ingress-azure` (its service account `ingress-azure` is the federated credential’s subject).',
        },
        {
            id: 'agic-chart-version',
            required: false,
            default: AGIC_CHART.version,
            description: '`agic-mode: helm`: pinned version of the AGIC chart.',
        },
        {
            id: 'agic-identity-client-id',
            required: false,
            description: '`agic-mode: helm` (required): client ID of the user-assigned identity AGIC signs in with (workload identity; federated credential for `system:serviceaccount:<agic-namespace>:ingress-azure`).',
        },
        {
            id: 'agic-identity-principal-id',
            required: false,
            description: '`agic-mode: helm` (required): principal (object) ID of that identity, for its role assignments.',
        },
        {
            id: 'ingresses',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: '`application-gateway`: Ingress manifests (networking.k8s.io/v1, YAML or JSON list) the step applies with the gateway’s IngressClass `azure-application-gateway`. One without the annotation `appgw.ingress.kubernetes.io/use-private-ip: "true"` gets a public listener: flagged `public-exposure`.',
        },
        {
            id: 'allow-public-exposure',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Opt-in for changes flagged `public-exposure`: an Ingress on the gateway’s public frontend, or enabling the AGIC add-on while the gateway has a public frontend (its default listener goes there).',
        },
    ],
    outputs: [
        {
            id: 'ingress-private-ip',
            description: 'Private IP of the ingress: the internal load balancer frontend (NGINX) or the gateway’s private frontend.',
        },
        {
            id: 'private-link-service-id',
            description: 'Resource ID of the Private Link Service (empty with `private-link: none` and with `controller: application-gateway`, whose Private Endpoints connect to the gateway itself).',
        },
        {
            id: 'private-link-service-alias',
            description: 'Alias consumers use to request a Private Endpoint (an Application Gateway has none: consumers use `application-gateway-id` and the frontend name).',
        },
        { id: 'private-endpoints', description: 'JSON object: Private Endpoint name → private IP.' },
        {
            id: 'application-gateway-id',
            description: 'Resource ID of the Application Gateway (empty with `controller: nginx`).',
        },
        {
            id: 'waf-policy-id',
            description: 'Resource ID of the WAF policy (empty with `controller: nginx`).',
        },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

// EXTERNAL MODULE: ./src/core/network.ts
var core_network = __nccwpck_require__(13661);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var parsed = __nccwpck_require__(85772);
;// CONCATENATED MODULE: ./src/core/chart-repository.ts
/**
 * Where a Helm chart comes from: a chart repository (`https://…`, given to Helm as `--repo`) or
 * an OCI registry (`oci://…`), which Helm takes only as part of the chart reference
 * (`oci://registry/path/chart`, no `--repo`: helm/helm#12471).
 */

const ACCEPTED = 'must be an https:// repository or an oci:// registry URL';
/**
 * A chart repository or OCI registry URL, without trailing slashes. Credentials are refused: the
 * URL appears in the plan file and the log (log in with `helm registry login` or a Helm
 * repository configuration instead).
 */
function parseChartRepository(raw) {
    if (!/^(https|oci):\/\//i.test(raw))
        return (0,parsed/* fail */.f)(ACCEPTED);
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return (0,parsed/* fail */.f)(`is not a URL; it ${ACCEPTED}`);
    }
    if (url.host === '')
        return (0,parsed/* fail */.f)('names no host');
    if (url.username !== '' || url.password !== '') {
        return (0,parsed/* fail */.f)('holds credentials, which would appear in the plan and the log; sign in with `helm registry login` or a Helm repository configuration instead');
    }
    if (url.search !== '' || url.hash !== '')
        return (0,parsed/* fail */.f)('has a query or fragment; give the URL alone');
    return (0,parsed.ok)(raw.replace(/\/+$/, ''));
}
/** What Helm is given for a chart of that repository: the chart reference and `--repo`, if any. */
function chartSource(repository, chart) {
    return /^oci:\/\//i.test(repository)
        ? { chart: `${repository}/${chart}`, repo: '' }
        : { chart, repo: repository };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/controller.ts


const INTERNAL_LB = 'service.beta.kubernetes.io/azure-load-balancer-internal';
const INTERNAL_SUBNET = 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet';
const STATIC_IPV4 = 'service.beta.kubernetes.io/azure-load-balancer-ipv4';
const PROBE_PATH = 'service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path';
/** The annotations that keep the controller's Service on the internal load balancer. */
function internalLoadBalancerAnnotations(spec) {
    return {
        [INTERNAL_LB]: 'true',
        ...(spec.internalSubnetName ? { [INTERNAL_SUBNET]: spec.internalSubnetName } : {}),
        ...(spec.loadBalancerIp ? { [STATIC_IPV4]: spec.loadBalancerIp } : {}),
    };
}
/**
 * The community ingress-nginx chart. The chart marks its Service ports `appProtocol: http`, so
 * the Azure load balancer probes `/` over HTTP, which NGINX answers 404 unless an Ingress owns
 * `/`; the probe path annotation points it at `/healthz`. `fullnameOverride` makes the Service
 * `<release>-controller` whatever the release is called.
 */
const nginxController = {
    name: 'nginx',
    notice: 'the community ingress-nginx project was retired in March 2026: the chart is pinned to its last release and gets no further fixes; plan a move to the AKS application routing add-on or a Gateway API implementation.',
    release: (spec, serviceAnnotations) => ({
        release: spec.release,
        namespace: spec.namespace,
        ...chartSource(spec.chartRepo, NGINX.chart),
        version: spec.chartVersion,
        values: {
            fullnameOverride: spec.release,
            controller: {
                replicaCount: spec.replicas,
                ingressClass: spec.ingressClass,
                ingressClassResource: {
                    name: spec.ingressClass,
                    enabled: true,
                    default: false,
                    // A second controller in the cluster must not answer for this one's Ingresses.
                    controllerValue: spec.ingressClass === 'nginx'
                        ? 'k8s.io/ingress-nginx'
                        : `k8s.io/ingress-nginx-${spec.ingressClass}`,
                },
                service: {
                    annotations: { ...serviceAnnotations, [PROBE_PATH]: '/healthz' },
                },
                ...(spec.proxyProtocol ? { config: { 'use-proxy-protocol': 'true' } } : {}),
            },
        },
    }),
    service: spec => ({ namespace: spec.namespace, name: `${spec.release}-controller` }),
};
/**
 * The chart-based controller behind an internal load balancer. `application-gateway` has no
 * chart of its own here: its strategy (app-gateway-*.ts, chosen in strategy.ts) provisions the
 * gateway through ARM and runs AGIC.
 */
function controllerFor(spec) {
    switch (spec.controller) {
        case 'nginx':
            return nginxController;
        case 'application-gateway':
            throw new Error('controllerFor: application-gateway is not a load balancer controller');
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/plan.ts
var plan = __nccwpck_require__(4620);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/private-endpoints.ts



const STEP = 'provision-private-ingress';
const NO_ENDPOINTS = {
    endpoints: new Map(),
    strayEndpoints: [],
    dnsZone: undefined,
    records: new Map(),
    strayRecords: [],
};
/** The tag that records which link target a step-created endpoint belongs to. */
const OWNER_TAG = 'aks-secure-networking-pls';
/** The tag that remembers an endpoint's A record, so the record goes when the endpoint goes. */
const DNS_NAME_TAG = 'aks-secure-networking-dns-name';
function recordId(zoneId, name) {
    return `${zoneId}/A/${name}`;
}
async function readIfAllowed(networkPort, id) {
    try {
        return await networkPort.getPrivateEndpoint(id);
    }
    catch (error) {
        if (error.status === 403)
            return undefined;
        throw error;
    }
}
async function endpointState(networkPort, endpointId, vnetId) {
    const [endpoint, vnet] = await Promise.all([
        networkPort.getPrivateEndpoint(endpointId),
        vnetId ? networkPort.getVirtualNetwork(vnetId) : Promise.resolve(undefined),
    ]);
    const nics = (0,core_network/* propertiesOf */.P1)(endpoint)['networkInterfaces'];
    const nicId = Array.isArray(nics) ? (0,core_network/* referenceId */.VX)(nics[0]) : undefined;
    const nic = nicId ? await networkPort.getNetworkInterface(nicId) : undefined;
    const configs = (0,core_network/* propertiesOf */.P1)(nic)['ipConfigurations'];
    const first = Array.isArray(configs) ? configs[0] : undefined;
    return {
        endpoint,
        privateIp: (0,core_network/* stringValue */.r$)((0,core_network/* propertiesOf */.P1)(first)['privateIPAddress']),
        location: (0,core_network/* stringValue */.r$)(vnet?.['location']),
    };
}
/** Private Endpoints connected to the target. */
function connectedEndpointIds(target) {
    const connections = (0,core_network/* propertiesOf */.P1)(target)['privateEndpointConnections'];
    if (!Array.isArray(connections))
        return [];
    return connections
        .map(c => (0,core_network/* referenceId */.VX)((0,core_network/* propertiesOf */.P1)(c)['privateEndpoint']))
        .filter((id) => id !== undefined);
}
/**
 * Reads the listed endpoints (and their NIC's IP), the step-created endpoints connected to the
 * target that left the list, and the DNS zone and records.
 */
async function observeEndpoints(networkPort, spec, targetId, target) {
    const desired = new Set(spec.endpoints.map(e => e.id.toLowerCase()));
    const endpoints = new Map(await Promise.all(spec.endpoints.map(async (e) => [e.id, await endpointState(networkPort, e.id, e.subnet.parent?.id)])));
    const others = connectedEndpointIds(target).filter(id => !desired.has(id.toLowerCase()));
    // Other teams' endpoints may sit where this identity cannot read: those are not the step's.
    const strays = (await Promise.all(others.map(async (id) => ({ id, endpoint: await readIfAllowed(networkPort, id) })))).filter(e => e.endpoint !== undefined &&
        (0,core_network/* isManagedByUs */.tJ)(e.endpoint) &&
        (0,core_network/* tagsOf */.Fg)(e.endpoint)[OWNER_TAG] === targetId.toLowerCase());
    const zone = spec.privateDnsZone;
    const strayRecords = zone
        ? strays
            .map(e => (0,core_network/* tagsOf */.Fg)(e.endpoint)[DNS_NAME_TAG])
            .filter((n) => n !== undefined)
            .map(n => recordId(zone.id, n))
        : [];
    const recordIds = zone
        ? [...spec.endpoints.map(e => recordId(zone.id, e.dnsName)), ...strayRecords]
        : [];
    const [dnsZone, ...recordBodies] = await Promise.all([
        zone ? networkPort.getPrivateDnsZone(zone.id) : Promise.resolve(undefined),
        ...recordIds.map(id => networkPort.getARecordSet(id)),
    ]);
    return {
        endpoints,
        strayEndpoints: strays.map(e => e.id),
        dnsZone,
        records: new Map(recordIds.map((id, i) => [id, recordBodies[i]])),
        strayRecords,
    };
}
function connectionState(endpoint) {
    const props = (0,core_network/* propertiesOf */.P1)(endpoint);
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
        const list = props[key];
        if (Array.isArray(list) && list.length > 0) {
            const state = (0,core_network/* propertiesOf */.P1)(list[0])['privateLinkServiceConnectionState'];
            return state?.status;
        }
    }
    return undefined;
}
/** Created by this step for this target (two pipelines never take each other's). */
function isOwnedEndpoint(target, endpoint) {
    const tags = (0,core_network/* tagsOf */.Fg)(endpoint);
    return tags[core_network/* MANAGED_BY_TAG */.dS] === core_network/* MANAGED_BY_VALUE */.Q9 && tags[OWNER_TAG] === target.id.toLowerCase();
}
function connectionTarget(endpoint) {
    const props = (0,core_network/* propertiesOf */.P1)(endpoint);
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
        const list = props[key];
        if (Array.isArray(list) && list.length > 0) {
            const target = (0,core_network/* propertiesOf */.P1)(list[0])['privateLinkServiceId'];
            if (typeof target === 'string')
                return target;
        }
    }
    return undefined;
}
/** A listed endpoint that exists must be the step's own, in the listed subnet, to this target. */
function checkExistingEndpoint(spec, target, id, subnetId, endpoint) {
    const problem = !isOwnedEndpoint(target, endpoint)
        ? `was not created by this step for this ${target.kind}`
        : !(0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)((0,core_network/* propertiesOf */.P1)(endpoint)['subnet']), subnetId)
            ? 'is in another subnet than the listed one'
            : !(0,core_network/* sameId */.s)(connectionTarget(endpoint), target.reference)
                ? `connects to '${connectionTarget(endpoint) ?? '?'}', not to this ${target.kind}`
                : undefined;
    if (problem) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: Private Endpoint '${id}' exists but ${problem}; a Private Endpoint's subnet and target cannot change. Give it another name in '${spec.inputNames['private-endpoints'] ?? 'private-endpoints'}', or delete it.`);
    }
}
/**
 * The listed endpoints (created with a manual connection the step then approves, or an
 * automatic one for auto-approved subscriptions), approvals of their pending connections, and
 * the deletion of step-created endpoints that left the list.
 */
function planEndpoints(spec, state, target, location) {
    const changes = [];
    for (const e of spec.endpoints) {
        const observed = state.endpoints.get(e.id);
        const auto = target.autoApproval.includes(e.subnet.subscriptionId);
        if (observed?.endpoint === undefined) {
            const connection = {
                name: `${e.name}-to-${target.name}`.slice(0, 80),
                properties: {
                    privateLinkServiceId: target.reference,
                    ...(target.groupIds ? { groupIds: [...target.groupIds] } : {}),
                    ...(e.requestMessage && !auto ? { requestMessage: e.requestMessage } : {}),
                },
            };
            changes.push((0,plan/* armChange */.l6)(e.id, 'create', `Private Endpoint in '${e.subnet.parent?.name ?? '?'}/${e.subnet.name}' to the ${target.kind}${auto ? ' (auto-approved subscription)' : ', approved by the step'}`, {
                body: {
                    location: observed?.location ?? spec.location ?? location,
                    tags: {
                        [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9,
                        [OWNER_TAG]: target.id.toLowerCase(),
                        ...(spec.privateDnsZone ? { [DNS_NAME_TAG]: e.dnsName } : {}),
                    },
                    properties: {
                        subnet: { id: e.subnet.id },
                        [auto ? 'privateLinkServiceConnections' : 'manualPrivateLinkServiceConnections']: [
                            connection,
                        ],
                    },
                },
                dependsOn: [...target.dependsOn],
            }));
            continue;
        }
        checkExistingEndpoint(spec, target, e.id, e.subnet.id, observed.endpoint);
        changes.push((0,plan/* armChange */.l6)(e.id, 'noop', `Private Endpoint exists (connection ${connectionState(observed.endpoint) ?? 'unknown'})`));
    }
    // Approve pending connections, only those of endpoints the step created for this target.
    const ours = new Set(spec.endpoints
        .filter(e => isOwnedEndpoint(target, state.endpoints.get(e.id)?.endpoint))
        .map(e => e.id.toLowerCase()));
    const connections = (0,core_network/* propertiesOf */.P1)(target.body)['privateEndpointConnections'];
    for (const c of (Array.isArray(connections) ? connections : [])) {
        const props = (0,core_network/* propertiesOf */.P1)(c);
        const endpointId = (0,core_network/* referenceId */.VX)(props['privateEndpoint']);
        const status = props['privateLinkServiceConnectionState']
            ?.status;
        if (!endpointId || !ours.has(endpointId.toLowerCase()) || status !== 'Pending')
            continue;
        changes.push((0,plan/* armChange */.l6)(`${target.id}/privateEndpointConnections/${String(c['name'])}`, 'update', `approve the connection of '${endpointId.split('/').pop() ?? ''}'`, {
            body: {
                name: c['name'],
                properties: {
                    privateLinkServiceConnectionState: {
                        status: 'Approved',
                        description: 'Approved by aks-secure-networking',
                        actionsRequired: 'None',
                    },
                },
            },
            dependsOn: [endpointId],
        }));
    }
    for (const id of state.strayEndpoints) {
        changes.push((0,plan/* armChange */.l6)(id, 'delete', 'no longer in the endpoint list; the step created it'));
    }
    return changes;
}
/** An A record per endpoint in `private-dns-zone-id`; records of removed endpoints go too. */
function planRecords(spec, state) {
    const zone = spec.privateDnsZone;
    if (!zone)
        return [];
    if (!spec.offline && state.dnsZone === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the Private DNS zone '${zone.id}' does not exist or is not visible to this identity; check '${spec.inputNames['private-dns-zone-id'] ?? 'private-dns-zone-id'}'.`);
    }
    const changes = [];
    for (const e of spec.endpoints) {
        const id = recordId(zone.id, e.dnsName);
        const ip = state.endpoints.get(e.id)?.privateIp ?? (0,plan/* knownAfterApply */.C1)(`private IP of ${e.name}`);
        const body = {
            properties: {
                ttl: 300,
                aRecords: [{ ipv4Address: ip }],
                metadata: { [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
            },
        };
        const observed = state.records.get(id);
        if (observed === undefined) {
            changes.push((0,plan/* armChange */.l6)(id, 'create', `A record ${e.dnsName}.${zone.name} → the private IP of ${e.name}`, {
                body,
                dependsOn: [e.id],
            }));
            continue;
        }
        const records = (0,core_network/* propertiesOf */.P1)(observed)['aRecords'];
        const current = Array.isArray(records)
            ? records.map(r => r.ipv4Address)
            : [];
        if (current.length === 1 && current[0] === ip && (0,core_network/* propertiesOf */.P1)(observed)['ttl'] === 300) {
            changes.push((0,plan/* armChange */.l6)(id, 'noop', `A record ${e.dnsName}.${zone.name} points at ${ip}`));
            continue;
        }
        const metadata = (0,core_network/* propertiesOf */.P1)(observed)['metadata'];
        if (metadata?.[core_network/* MANAGED_BY_TAG */.dS] !== core_network/* MANAGED_BY_VALUE */.Q9) {
            throw new errors/* PreconditionError */.Rb(`${STEP}: the A record '${id}' exists but was not written by this step; give the endpoint another dns-name or remove the record.`);
        }
        changes.push((0,plan/* armChange */.l6)(id, 'update', `point A record ${e.dnsName}.${zone.name} at ${ip}`, {
            body,
            dependsOn: [e.id],
        }));
    }
    for (const id of state.strayRecords) {
        const observed = state.records.get(id);
        const metadata = (0,core_network/* propertiesOf */.P1)(observed)['metadata'];
        if (observed !== undefined && metadata?.[core_network/* MANAGED_BY_TAG */.dS] === core_network/* MANAGED_BY_VALUE */.Q9) {
            changes.push((0,plan/* armChange */.l6)(id, 'delete', 'its Private Endpoint leaves the list; the step wrote it'));
        }
    }
    return changes;
}
/** `private-endpoints` output: endpoint name → private IP (or a placeholder). */
function endpointOutputs(spec, state) {
    return Object.fromEntries(spec.endpoints.map(e => [
        e.name,
        state.endpoints.get(e.id)?.privateIp ?? (0,plan/* knownAfterApply */.C1)(`private IP of ${e.name}`),
    ]));
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/observe.ts



/** AKS keeps the internal load balancer of LoadBalancer Services under this name. */
function internalLoadBalancerId(spec) {
    return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.nodeResourceGroup}/providers/Microsoft.Network/loadBalancers/kubernetes-internal`;
}
/**
 * `controller: nginx`: reads the cluster (release, Service) and Azure (load balancer, PLS,
 * endpoints), once each.
 */
async function observeNginxIngress(ctx, spec) {
    const controller = controllerFor(spec);
    const svc = controller.service(spec);
    const none = Promise.resolve(undefined);
    const [vnet, release, service, loadBalancer, plsSubnet, pls] = await Promise.all([
        spec.vnet ? ctx.arm.getVirtualNetwork(spec.vnet.id) : none,
        ctx.kube.helmRelease(spec.release, spec.namespace),
        ctx.kube.getService(svc.namespace, svc.name),
        spec.privateLink === 'arm' ? ctx.arm.getLoadBalancer(internalLoadBalancerId(spec)) : none,
        spec.privateLink === 'arm' && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : none,
        spec.privateLink === 'none' ? none : ctx.arm.getPrivateLinkService(spec.plsId),
    ]);
    return {
        vnetLocation: (0,core_network/* stringValue */.r$)(vnet?.['location']),
        release,
        service,
        loadBalancer,
        plsSubnet,
        pls,
        appGateway: undefined,
        ...(await observeEndpoints(ctx.arm, spec, spec.plsId, pls)),
    };
}
/** The state an offline plan assumes: nothing exists yet. */
function offlineProvisionPrivateIngressState() {
    return {
        vnetLocation: undefined,
        release: undefined,
        service: undefined,
        loadBalancer: undefined,
        plsSubnet: undefined,
        pls: undefined,
        appGateway: undefined,
        ...NO_ENDPOINTS,
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/opt-ins.ts
/** The input that opts into each risk flag this step can raise. */
const OPT_IN_INPUTS = {
    'public-exposure': 'allow-public-exposure',
    'waf-detection': 'allow-waf-detection',
};
function allowedIngressFlags(spec) {
    const ag = spec.appGateway;
    return new Set([
        ...(ag?.allowPublicExposure ? ['public-exposure'] : []),
        ...(ag?.allowWafDetection ? ['waf-detection'] : []),
    ]);
}

;// CONCATENATED MODULE: ./src/core/inputs/ipv4.ts

const ipv4_ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1';
/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
function parseIpv4(raw) {
    if (raw.includes('/'))
        return (0,parsed/* fail */.f)(`a CIDR range, not a single address; ${ipv4_ACCEPTED}`);
    const octets = raw.split('.');
    if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
        return (0,parsed/* fail */.f)(`not an IPv4 address; ${ipv4_ACCEPTED}`);
    }
    const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'));
    if (leadingZero !== undefined) {
        return (0,parsed/* fail */.f)(`octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ipv4_ACCEPTED}`);
    }
    const tooLarge = octets.find(octet => Number(octet) > 255);
    if (tooLarge !== undefined)
        return (0,parsed/* fail */.f)(`octet '${tooLarge}' is above 255; ${ipv4_ACCEPTED}`);
    return (0,parsed.ok)(raw);
}
/** The address as an unsigned 32-bit number. `ip` must be a valid dotted quad. */
function ipv4ToNumber(ip) {
    return ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}
/** The dotted quad for an unsigned 32-bit number. */
function numberToIpv4(value) {
    return [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.');
}
const PRIVATE_RANGES = (/* unused pure expression or super */ null && ([
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
]));
/**
 * True for RFC 1918 addresses (10/8, 172.16/12, 192.168/16) and the RFC 6598 shared address
 * space (100.64/10, carrier-grade NAT). False for anything that is not a valid IPv4 address.
 */
function isPrivateIpv4(ip) {
    if (!parseIpv4(ip).ok)
        return false;
    const value = ipv4ToNumber(ip);
    return PRIVATE_RANGES.some(([base, prefixLength]) => {
        const size = 2 ** (32 - prefixLength);
        const start = ipv4ToNumber(base);
        return value >= start && value < start + size;
    });
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/core/inputs/ipv6.ts


const ipv6_ACCEPTED = 'use an IPv6 address like fd00::1';
/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
function parseIpv6(raw) {
    if (raw.includes('/'))
        return (0,parsed/* fail */.f)(`a CIDR range, not a single address; ${ipv6_ACCEPTED}`);
    if (raw.includes('%'))
        return (0,parsed/* fail */.f)(`zone indexes ('%') are not accepted; ${ipv6_ACCEPTED}`);
    if (!(0,external_node_net_namespaceObject.isIPv6)(raw))
        return (0,parsed/* fail */.f)(`not an IPv6 address; ${ipv6_ACCEPTED}`);
    return (0,parsed.ok)(bigIntToIpv6(ipv6ToBigInt(raw)));
}
/** The address as an unsigned 128-bit integer. `ip` must be a valid IPv6 address. */
function ipv6ToBigInt(ip) {
    return hextets(ip).reduce((sum, hextet) => (sum << 16n) + BigInt(hextet), 0n);
}
/** The canonical RFC 5952 text for an unsigned 128-bit integer. */
function bigIntToIpv6(value) {
    const groups = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n)
        groups.push(Number((value >> shift) & 0xffffn));
    let bestStart = -1;
    let bestLength = 0;
    for (let start = 0; start < groups.length;) {
        if (groups[start] !== 0) {
            start += 1;
            continue;
        }
        let end = start;
        while (end < groups.length && groups[end] === 0)
            end += 1;
        if (end - start > bestLength) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    const text = groups.map(group => group.toString(16));
    if (bestLength < 2)
        return text.join(':');
    const head = text.slice(0, bestStart).join(':');
    const tail = text.slice(bestStart + bestLength).join(':');
    return `${head}::${tail}`;
}
function hextets(ip) {
    const [headText = '', tailText] = ip.split('::');
    const head = splitGroups(headText);
    if (tailText === undefined)
        return head;
    const tail = splitGroups(tailText);
    const zeros = new Array(8 - head.length - tail.length).fill(0);
    return [...head, ...zeros, ...tail];
}
function splitGroups(text) {
    if (text === '')
        return [];
    return text.split(':').flatMap(group => {
        if (!group.includes('.'))
            return [parseInt(group, 16)];
        const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
        return [a * 256 + b, c * 256 + d];
    });
}

;// CONCATENATED MODULE: ./src/core/inputs/cidr.ts



const cidr_ACCEPTED = 'use an address and prefix length like 10.0.0.0/16 or fd00::/64';
/** Parses an IPv4 or IPv6 CIDR range; the host bits must be zero. */
function parseCidr(raw) {
    const parts = raw.split('/');
    const [addressText = '', prefixText] = parts;
    if (prefixText === undefined) {
        if (parseIpv4(raw).ok)
            return (0,parsed/* fail */.f)(`missing the prefix length; write ${raw}/32 for one address, or ${cidr_ACCEPTED}`);
        const v6 = parseIpv6(raw);
        if (v6.ok)
            return (0,parsed/* fail */.f)(`missing the prefix length; write ${v6.value}/128 for one address, or ${cidr_ACCEPTED}`);
        return (0,parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    }
    if (parts.length > 2)
        return (0,parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    const version = addressText.includes(':') ? 6 : 4;
    const parsedAddress = version === 4 ? parseIpv4(addressText) : parseIpv6(addressText);
    if (!parsedAddress.ok)
        return (0,parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    const bits = version === 4 ? 32 : 128;
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
        return (0,parsed/* fail */.f)(`the prefix length must be a whole number from 0 to ${bits}; ${cidr_ACCEPTED}`);
    }
    const prefixLength = Number(prefixText);
    const value = toBigInt(parsedAddress.value, version);
    const network = value & mask(prefixLength, bits);
    const address = fromBigInt(network, version);
    const text = `${address}/${prefixLength}`;
    if (network !== value)
        return (0,parsed/* fail */.f)(`host bits are set; did you mean ${text}?`);
    return (0,parsed.ok)({ address, prefixLength, version, text });
}
/** True when every address of `inner` is inside `outer`. Ranges of different versions never nest. */
function cidrContains(outer, inner) {
    if (outer.version !== inner.version || outer.prefixLength > inner.prefixLength)
        return false;
    const bits = outer.version === 4 ? 32 : 128;
    const outerMask = mask(outer.prefixLength, bits);
    return ((toBigInt(inner.address, inner.version) & outerMask) === toBigInt(outer.address, outer.version));
}
/** True when the two ranges share at least one address. */
function cidrsOverlap(a, b) {
    return cidrContains(a, b) || cidrContains(b, a);
}
function mask(prefixLength, bits) {
    const all = (1n << BigInt(bits)) - 1n;
    return (all >> BigInt(bits - prefixLength)) << BigInt(bits - prefixLength);
}
function toBigInt(address, version) {
    return version === 4 ? BigInt(ipv4ToNumber(address)) : ipv6ToBigInt(address);
}
function fromBigInt(value, version) {
    return version === 4 ? numberToIpv4(Number(value)) : bigIntToIpv6(value);
}

// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __nccwpck_require__(34491);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-resolve.ts




const app_gateway_resolve_STEP = 'provision-private-ingress';
/** Azure keeps the first four and the last address of every subnet. */
const RESERVED_PER_SUBNET = 5;
/** The subnet's IPv4 range: `addressPrefix`, or the first IPv4 one of `addressPrefixes`. */
function subnetIpv4Range(subnet) {
    const props = (0,core_network/* propertiesOf */.P1)(subnet);
    const prefixes = Array.isArray(props['addressPrefixes'])
        ? props['addressPrefixes']
        : [];
    const candidates = [props['addressPrefix'], ...prefixes];
    for (const candidate of candidates) {
        if (typeof candidate !== 'string')
            continue;
        const parsed = parseCidr(candidate);
        if (parsed.ok && parsed.value.version === 4)
            return parsed.value;
    }
    return undefined;
}
function addressCount(range) {
    return 2 ** (32 - range.prefixLength);
}
/** Whether `ip` is an address of `range` Azure hands out (not one of the 5 it reserves). */
function isUsableIn(range, ip) {
    const start = ipv4ToNumber(range.address);
    const value = ipv4ToNumber(ip);
    return value >= start + 4 && value <= start + addressCount(range) - 2;
}
/** Whether an ID names an Application Gateway or one of its parts (a frontend, say). */
function isUnderGateway(id) {
    return /\/providers\/Microsoft\.Network\/applicationGateways\//i.test(id);
}
/**
 * What else lives in the subnet: NICs, load balancer frontends, endpoints, delegations, links.
 * ARM lists a gateway's private frontend among the subnet's `ipConfigurations` too: gateways
 * (this one and others, counted through `applicationGatewayIPConfigurations`) are not "else".
 */
function otherSubnetUsers(subnet) {
    const props = (0,core_network/* propertiesOf */.P1)(subnet);
    const ids = (key) => Array.isArray(props[key])
        ? props[key]
            .map(core_network/* referenceId */.VX)
            .filter((id) => id !== undefined && !isUnderGateway(id))
        : [];
    const delegations = Array.isArray(props['delegations'])
        ? props['delegations']
            .map(d => (0,core_network/* stringValue */.r$)((0,core_network/* propertiesOf */.P1)(d)['serviceName']))
            .filter((s) => s !== undefined)
            .filter(s => !(0,core_network/* sameId */.s)(s, 'Microsoft.Network/applicationGateways'))
            .map(s => `a delegation to ${s}`)
        : [];
    return [
        ...ids('ipConfigurations'),
        ...ids('privateEndpoints'),
        ...ids('serviceAssociationLinks'),
        ...ids('resourceNavigationLinks'),
        ...delegations,
    ];
}
/** The other gateways with an IP configuration in the subnet (their IDs). */
function otherGateways(subnet, ours) {
    const props = (0,core_network/* propertiesOf */.P1)(subnet);
    const configs = Array.isArray(props['applicationGatewayIPConfigurations'])
        ? props['applicationGatewayIPConfigurations']
        : [];
    const gateways = configs
        .map(core_network/* referenceId */.VX)
        .filter((id) => id !== undefined)
        .map(id => id.replace(/\/gatewayIPConfigurations\/[^/]+$/i, ''))
        .filter(id => !(0,core_network/* sameId */.s)(id, ours));
    return [...new Set(gateways.map(g => g.toLowerCase()))].map(g => gateways.find(x => x.toLowerCase() === g) ?? g);
}
/** Whether the cluster's pods use Azure CNI Overlay (`networkPlugin: azure`, mode `overlay`). */
function usesCniOverlay(cluster) {
    const network = (0,core_network/* propertiesOf */.P1)(cluster)['networkProfile'];
    return ((0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)(network?.['networkPlugin']), 'azure') &&
        (0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)(network?.['networkPluginMode']), 'overlay'));
}
/** The virtual networks of the cluster's node pools (those on a subnet of their own). */
function nodeNetworks(cluster) {
    const pools = (0,core_network/* propertiesOf */.P1)(cluster)['agentPoolProfiles'];
    const subnets = Array.isArray(pools)
        ? pools
            .map(p => (0,core_network/* stringValue */.r$)(p['vnetSubnetID']))
            .filter((id) => id !== undefined)
        : [];
    const vnets = subnets.map(id => id.replace(/\/subnets\/[^/]+$/i, ''));
    return [...new Map(vnets.map(v => [v.toLowerCase(), v])).values()];
}
/** AGIC supports Azure CNI Overlay from this version on (reference 4.1). */
const AGIC_OVERLAY_MIN_VERSION = [1, 9, 1];
function isOlderThan(version, minimum) {
    const parts = version.split(/[.-]/).slice(0, 3).map(Number);
    for (let i = 0; i < minimum.length; i++) {
        const part = parts[i] ?? 0;
        const min = minimum[i] ?? 0;
        if (part !== min)
            return part < min;
    }
    return false;
}
/** Clouds where Microsoft does not support AGIC with Azure CNI Overlay (reference 4.1). */
const NO_OVERLAY_CLOUDS = ['AzureUSGovernment', 'AzureChinaCloud'];
/**
 * With Azure CNI Overlay, AGIC needs (../shared/reference/aks-networking.md 4.1, from
 * azure-docs `application-gateway/ingress-controller-overview.md`): AGIC 1.9.1 or later, a gateway
 * subnet of /24 or smaller holding this one gateway only and delegated to
 * `Microsoft.Network/applicationGateways`, the gateway in the cluster nodes' own virtual network
 * (not one peered to it, regionally or globally), and neither Azure Government nor 21Vianet.
 */
function checkOverlay(spec, ag, cluster, subnet, others, problem) {
    if (!usesCniOverlay(cluster))
        return;
    const clusterId = spec.clusterId ?? ag.clusterId ?? '';
    if (NO_OVERLAY_CLOUDS.includes(ag.cloud)) {
        throw new errors/* PreconditionError */.Rb(`${app_gateway_resolve_STEP}: the AKS cluster '${clusterId}' uses Azure CNI Overlay, and Microsoft does not support AGIC with Azure CNI Overlay in ${ag.cloud}. Use another controller, or a cluster with Azure CNI (node subnet or pod subnet).`);
    }
    const because = `the cluster '${clusterId}' uses Azure CNI Overlay, where AGIC needs`;
    const range = subnetIpv4Range(subnet);
    if (range !== undefined && range.prefixLength < 24) {
        problem('application-gateway-subnet-id', ag.subnet.id, `is a ${range.text}: ${because} a gateway subnet of /24 or smaller.`);
    }
    if (others.length > 0) {
        problem('application-gateway-subnet-id', ag.subnet.id, `holds other gateways (${others.join(', ')}): ${because} one gateway per subnet.`);
    }
    const delegations = (0,core_network/* propertiesOf */.P1)(subnet)['delegations'];
    const delegated = Array.isArray(delegations) &&
        delegations.some(d => (0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)((0,core_network/* propertiesOf */.P1)(d)['serviceName']), 'Microsoft.Network/applicationGateways'));
    if (!delegated) {
        problem('application-gateway-subnet-id', ag.subnet.id, `is not delegated to Microsoft.Network/applicationGateways: ${because} that delegation on the gateway subnet. Add it to the subnet.`);
    }
    const gatewayNetwork = ag.subnet.parent?.id ?? '';
    const elsewhere = nodeNetworks(cluster).filter(v => !(0,core_network/* sameId */.s)(v, gatewayNetwork));
    if (elsewhere.length > 0) {
        problem('application-gateway-subnet-id', ag.subnet.id, `is in virtual network '${gatewayNetwork}', but the cluster's nodes are in ${elsewhere.map(v => `'${v}'`).join(', ')}: ${because} the gateway in the nodes' own virtual network (a peered one is not supported).`);
    }
    if (ag.agic.mode === 'helm' && isOlderThan(ag.agic.chartVersion, AGIC_OVERLAY_MIN_VERSION)) {
        problem('agic-chart-version', ag.agic.chartVersion, `is older than ${AGIC_OVERLAY_MIN_VERSION.join('.')}: ${because} that version or later.`);
    }
}
/** A gateway's reach in instances: its autoscale bound, or its fixed capacity. */
function maxInstances(gateway) {
    const props = (0,core_network/* propertiesOf */.P1)(gateway);
    const scale = (props['autoscaleConfiguration'] ?? {});
    const sku = (props['sku'] ?? {});
    if (typeof scale['maxCapacity'] === 'number')
        return scale['maxCapacity'];
    // Autoscale without an upper bound can reach the v2 limit.
    if (scale['minCapacity'] !== undefined)
        return 125;
    return typeof sku['capacity'] === 'number' ? sku['capacity'] : 0;
}
/**
 * The checks that need the subnets (and the cluster) as read, right after reading them and before
 * any change: the gateway subnet holds only Application Gateways and has room for this gateway's
 * autoscale bound, the private frontend IP and Azure's reserved addresses (besides the other
 * gateways' bounds); the frontend IP is one of its usable addresses; the Private Link subnet
 * exists; with Azure CNI Overlay, what AGIC needs then. Problems are input errors, all at once, in
 * the host's spelling.
 */
async function checkAppGatewaySubnets(ctx, spec, ag, cluster) {
    const name = (id) => spec.inputNames[id] ?? id;
    const problems = [];
    const problem = (id, value, message) => {
        problems.push({ input: name(id), ...(value !== undefined ? { value } : {}), message });
    };
    const [subnet, plSubnet] = await Promise.all([
        ctx.arm.getSubnet(ag.subnet.id),
        ag.privateLink && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : undefined,
    ]);
    if (subnet === undefined) {
        problem('application-gateway-subnet-id', ag.subnet.id, 'does not exist or is not visible to this identity.');
    }
    else {
        const range = subnetIpv4Range(subnet);
        const others = otherGateways(subnet, ag.id);
        const otherBounds = await Promise.all(others.map(async (id) => maxInstances(await ctx.arm.getApplicationGateway(id))));
        const needed = ag.maxCapacity + 1 + RESERVED_PER_SUBNET + otherBounds.reduce((sum, n) => sum + n, 0);
        if (range === undefined) {
            problem('application-gateway-subnet-id', ag.subnet.id, 'has no IPv4 address prefix.');
        }
        else {
            if (addressCount(range) < needed) {
                problem('application-gateway-subnet-id', ag.subnet.id, `is too small: ${range.text} has ${addressCount(range)} addresses, but ${ag.maxCapacity} instances ('${name('autoscale-max-capacity')}'), the private frontend IP and Azure's ${RESERVED_PER_SUBNET} reserved addresses${others.length > 0 ? `, plus up to ${otherBounds.reduce((s, n) => s + n, 0)} instances of the ${others.length} other gateway(s) in it,` : ''} need ${needed}. Microsoft recommends a /24 for v2 gateways.`);
            }
            if (!isUsableIn(range, ag.privateFrontendIp)) {
                problem('private-frontend-ip', ag.privateFrontendIp, `is outside the usable addresses of the gateway subnet ${range.text} (Azure keeps its first four and its last address).`);
            }
        }
        const users = otherSubnetUsers(subnet);
        if (users.length > 0) {
            problem('application-gateway-subnet-id', ag.subnet.id, `is shared with other resources (${users.join(', ')}); an Application Gateway subnet may hold other Application Gateways only.`);
        }
        checkOverlay(spec, ag, cluster, subnet, others, problem);
    }
    if (ag.privateLink && spec.plsSubnet && plSubnet === undefined) {
        problem('pls-subnet-id', spec.plsSubnet.id, 'does not exist or is not visible to this identity.');
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(app_gateway_resolve_STEP, problems);
}
/**
 * With `cluster-name`: the cluster gives the region when `location` is not set. The node
 * resource group and network are NGINX's concerns; the gateway's network is its subnet's.
 */
async function resolveAppGateway(ctx, spec, ag) {
    let location = spec.location;
    let cluster;
    if (spec.clusterId !== undefined) {
        cluster = await ctx.arm.getManagedCluster(spec.clusterId);
        if (cluster === undefined) {
            throw new errors/* PreconditionError */.Rb(`${app_gateway_resolve_STEP}: the AKS cluster '${spec.clusterId}' does not exist or is not visible to this identity. Check '${spec.inputNames['cluster-name'] ?? 'cluster-name'}' and '${spec.inputNames['resource-group'] ?? 'resource-group'}'.`);
        }
        location ??= (0,core_network/* stringValue */.r$)(cluster['location']);
    }
    await checkAppGatewaySubnets(ctx, spec, ag, cluster);
    return { ...spec, location };
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __nccwpck_require__(6879);
// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __nccwpck_require__(39281);
// EXTERNAL MODULE: ./src/core/inputs/choice.ts
var choice = __nccwpck_require__(13670);
;// CONCATENATED MODULE: ./src/core/inputs/duration.ts

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const duration_ACCEPTED = 'accepted units are h, m, s, ms, e.g. 8760h, 30m, 1h30m or 500ms';
const TERM = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|h|m|s)/y;
/**
 * Parses a Go-style duration (`87600h`, `30m`, `1h30m`, `90s`, `500ms`, `1.5h`) into whole
 * milliseconds. Bare numbers, negative and zero durations, and durations finer than a
 * millisecond are rejected.
 */
function parseDuration(raw) {
    if (raw.startsWith('-'))
        return (0,parsed/* fail */.f)(`negative durations are not accepted; ${duration_ACCEPTED}`);
    const text = raw.startsWith('+') ? raw.slice(1) : raw;
    if (/^[0-9.]+$/.test(text))
        return (0,parsed/* fail */.f)(`has no unit; ${duration_ACCEPTED}`);
    if (/^[0-9.]+d$/i.test(text)) {
        return (0,parsed/* fail */.f)(`days are not a unit; use hours (720h is 30 days), as ${duration_ACCEPTED}`);
    }
    let total = 0;
    let position = 0;
    while (position < text.length) {
        TERM.lastIndex = position;
        const term = TERM.exec(text);
        if (term === null)
            return (0,parsed/* fail */.f)(`not a duration; ${duration_ACCEPTED}`);
        const [whole, amount = '', unit = 's'] = term;
        total += Number(amount) * UNIT_MS[unit];
        position += whole.length;
    }
    if (text === '')
        return (0,parsed/* fail */.f)(`not a duration; ${duration_ACCEPTED}`);
    const rounded = Math.round(total);
    if (Math.abs(total - rounded) > 1e-6) {
        return (0,parsed/* fail */.f)(`finer than a millisecond; ${duration_ACCEPTED}`);
    }
    if (rounded === 0)
        return (0,parsed/* fail */.f)(`must be longer than zero; ${duration_ACCEPTED}`);
    if (!Number.isSafeInteger(rounded))
        return (0,parsed/* fail */.f)(`too long; ${duration_ACCEPTED}`);
    return (0,parsed.ok)(rounded);
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

;// CONCATENATED MODULE: ./src/core/inputs/fqdn.ts


const MAX_LENGTH = 253;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * A parser for fully qualified domain names: RFC 1123 labels (1 to 63 letters, digits or
 * hyphens, no hyphen first or last), at most 253 characters, at least two labels, and a last
 * label that is not all digits. The result is lower case. With `allowWildcard`, one leading
 * `*.` label is accepted and the rest must still be a name of at least two labels.
 */
function parseFqdn(options = {}) {
    const accepted = describeAccepted(options);
    return raw => {
        const name = raw.toLowerCase();
        if (name === '*') {
            return options.allowStar === true ? (0,parsed.ok)(name) : (0,parsed/* fail */.f)(`'*' is not accepted here; ${accepted}`);
        }
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(name);
        if (scheme !== null) {
            return (0,parsed/* fail */.f)(`a URL, not a host name; drop '${scheme[0]}' and any path, and ${accepted}`);
        }
        if (name.includes('/'))
            return (0,parsed/* fail */.f)(`contains a path; drop it and ${accepted}`);
        if ((0,external_node_net_namespaceObject.isIP)(name) !== 0 || (0,external_node_net_namespaceObject.isIP)(name.replace(/^\[|\]$/g, '')) !== 0) {
            return (0,parsed/* fail */.f)(`an IP address, not a host name; ${accepted}`);
        }
        if (/:[0-9]*$/.test(name))
            return (0,parsed/* fail */.f)(`contains a port; drop it and ${accepted}`);
        if (name.endsWith('.'))
            return (0,parsed/* fail */.f)(`ends with a dot; drop it and ${accepted}`);
        if (/[^\x20-\x7e]/.test(name)) {
            return (0,parsed/* fail */.f)(`contains non-ASCII characters; use the punycode (xn--) form and ${accepted}`);
        }
        const isWildcard = name.startsWith('*.');
        const base = isWildcard ? name.slice(2) : name;
        if (base.includes('*')) {
            const rule = options.allowWildcard === true
                ? 'only one leading *. label is allowed'
                : 'wildcards are not accepted here';
            return (0,parsed/* fail */.f)(`${rule}; ${accepted}`);
        }
        if (isWildcard && options.allowWildcard !== true) {
            return (0,parsed/* fail */.f)(`wildcards are not accepted here; ${accepted}`);
        }
        if (name.length > MAX_LENGTH)
            return (0,parsed/* fail */.f)(`longer than ${MAX_LENGTH} characters; ${accepted}`);
        const labels = base.split('.');
        if (labels.length < 2)
            return (0,parsed/* fail */.f)(`needs at least two labels, like example.com; ${accepted}`);
        const badLabel = labels.find(label => !LABEL.test(label));
        if (badLabel !== undefined)
            return (0,parsed/* fail */.f)(`${describeBadLabel(badLabel)}; ${accepted}`);
        if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) {
            return (0,parsed/* fail */.f)(`the last label is all digits; ${accepted}`);
        }
        return (0,parsed.ok)(name);
    };
}
function describeAccepted(options) {
    const forms = ['a host name like example.com'];
    if (options.allowWildcard === true)
        forms.push('a wildcard like *.example.com');
    if (options.allowStar === true)
        forms.push('* for any host');
    const list = forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
    return `use ${list}`;
}
function describeBadLabel(label) {
    if (label === '')
        return 'has an empty label';
    if (label.length > 63)
        return 'has a label longer than 63 characters';
    if (label.startsWith('-') || label.endsWith('-')) {
        return `label '${label}' starts or ends with a hyphen`;
    }
    return `label '${label}' may contain only letters, digits and hyphens`;
}

;// CONCATENATED MODULE: ./src/core/inputs/integer.ts

/** A whole number from `min` to `max`, digits only (no sign, decimals or exponent). */
function parseIntegerIn(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,parsed.ok)(Number(raw))
        : (0,parsed/* fail */.f)(`must be a whole number from ${min} to ${max}`);
}

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
        return (0,parsed.ok)(values);
    const groups = [...badItemsByMessage].map(([message, items]) => `${joinWithAnd(items)}: ${message}`);
    return (0,parsed/* fail */.f)(groups.join('; '));
}
function joinWithAnd(parts) {
    if (parts.length <= 2)
        return parts.join(' and ');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var structured = __nccwpck_require__(16126);
;// CONCATENATED MODULE: ./src/core/inputs/shape.ts

/** Validates `value` against `shape`; the failure lists every problem, joined by '; '. */
function validateShape(shape, value) {
    const problems = [];
    const checked = shape.check(value, '', problems);
    if (checked.ok && problems.length === 0)
        return (0,parsed.ok)(checked.value);
    const messages = problems.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
    return (0,parsed/* fail */.f)(messages.join('; '));
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

// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(84414);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-spec.ts












/** The IngressClass AGIC serves, from the add-on and from its Helm chart alike. */
const AGIC_INGRESS_CLASS = 'azure-application-gateway';
/** The annotation that puts an Ingress's listener on the gateway's private frontend. */
const USE_PRIVATE_IP = 'appgw.ingress.kubernetes.io/use-private-ip';
/**
 * The managed rule sets Application Gateway WAF policies offer for new policies: since February
 * 2026 the newest three (DRS 2.2, DRS 2.1, CRS 3.2); CRS 3.1 and 3.0 can no longer be attached
 * to new policies (../shared/reference/aks-networking.md 4.6, ruleset support policy).
 */
const OFFERED_RULE_SETS = {
    Microsoft_DefaultRuleSet: ['2.2', '2.1'],
    OWASP: ['3.2'],
};
const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function parseGuid(raw) {
    return GUID.test(raw) ? (0,parsed.ok)(raw.toLowerCase()) : (0,parsed/* fail */.f)('must be a GUID');
}
function parseZone(raw) {
    return /^[1-3]$/.test(raw) ? (0,parsed.ok)(raw) : (0,parsed/* fail */.f)('must list availability zones 1, 2 and/or 3');
}
/** `Microsoft_DefaultRuleSet/2.1` (or with a space): a rule set the platform offers. */
function parseWafRuleSet(raw) {
    const offered = Object.entries(OFFERED_RULE_SETS).flatMap(([type, versions]) => versions.map(version => `${type}/${version}`));
    const match = /^([A-Za-z_]+)\s*[/ ]\s*([0-9.]+)$/.exec(raw);
    const type = Object.keys(OFFERED_RULE_SETS).find(t => t.toLowerCase() === match?.[1]?.toLowerCase());
    const version = match?.[2];
    if (type === undefined || version === undefined || !OFFERED_RULE_SETS[type]?.includes(version)) {
        return (0,parsed/* fail */.f)(`is not a managed rule set Application Gateway WAF policies offer for new policies; give one of ${offered.join(', ')} (CRS 3.1 and 3.0 can no longer be attached to new policies since February 2026)`);
    }
    return (0,parsed.ok)({ type, version });
}
const ExclusionShape = array(object({
    matchVariable: oneOf([
        'RequestHeaderNames',
        'RequestCookieNames',
        'RequestArgNames',
        'RequestHeaderKeys',
        'RequestHeaderValues',
        'RequestCookieKeys',
        'RequestCookieValues',
        'RequestArgKeys',
        'RequestArgValues',
    ]),
    selectorMatchOperator: oneOf([
        'Equals',
        'Contains',
        'StartsWith',
        'EndsWith',
        'EqualsAny',
    ]),
    selector: string(),
    exclusionManagedRuleSets: optional(array(object({
        ruleSetType: string(),
        ruleSetVersion: string(),
        ruleGroups: optional(array(object({
            ruleGroupName: string(),
            rules: optional(array(object({ ruleId: string() }))),
        }))),
    }))),
}));
/**
 * ARM's `WebApplicationFirewallCustomRule` (2026-01-01), key for key: a key ARM does not know is
 * an input error instead of being dropped on the way to ARM. ARM spells one key
 * `negationConditon`.
 */
const CustomRuleShape = array(object({
    name: string({ pattern: { regex: /^.{1,128}$/, description: '1 to 128 characters' } }),
    priority: integer({ min: 1 }),
    state: optional(oneOf(['Enabled', 'Disabled'])),
    ruleType: oneOf(['MatchRule', 'RateLimitRule']),
    rateLimitDuration: optional(oneOf(['OneMin', 'FiveMins'])),
    rateLimitThreshold: optional(integer({ min: 1 })),
    matchConditions: array(object({
        matchVariables: array(object({
            variableName: oneOf([
                'RemoteAddr',
                'RequestMethod',
                'QueryString',
                'PostArgs',
                'RequestUri',
                'RequestHeaders',
                'RequestBody',
                'RequestCookies',
            ]),
            selector: optional(string()),
        }), { minItems: 1 }),
        operator: oneOf([
            'IPMatch',
            'Equal',
            'Contains',
            'LessThan',
            'GreaterThan',
            'LessThanOrEqual',
            'GreaterThanOrEqual',
            'BeginsWith',
            'EndsWith',
            'Regex',
            'GeoMatch',
            'Any',
        ]),
        negationConditon: optional(shape_boolean()),
        matchValues: array(string()),
        transforms: optional(array(oneOf([
            'Uppercase',
            'Lowercase',
            'Trim',
            'UrlDecode',
            'UrlEncode',
            'RemoveNulls',
            'HtmlEntityDecode',
        ]))),
    }), { minItems: 1 }),
    groupByUserSession: optional(array(object({
        groupByVariables: array(object({
            variableName: oneOf([
                'ClientAddr',
                'GeoLocation',
                'None',
                'ClientAddrXFFHeader',
                'GeoLocationXFFHeader',
            ]),
        })),
    }))),
    action: oneOf(['Allow', 'Block', 'Log', 'JSChallenge']),
}));
function parseExclusions(raw) {
    const doc = (0,structured/* parseStructured */.j)(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(ExclusionShape, doc.value ?? []);
    return checked.ok ? (0,parsed.ok)(checked.value.map(e => ({ ...e }))) : checked;
}
function parseCustomRules(raw) {
    const doc = (0,structured/* parseStructured */.j)(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(CustomRuleShape, doc.value ?? []);
    if (!checked.ok)
        return checked;
    const problems = [];
    const repeated = (values) => [
        ...new Set(values.filter((v, i) => values.indexOf(v) !== i)),
    ];
    const names = repeated(checked.value.map(r => r.name.toLowerCase()));
    if (names.length > 0)
        problems.push(`names must be unique; repeated: ${names.join(', ')}`);
    const priorities = repeated(checked.value.map(r => r.priority));
    if (priorities.length > 0) {
        problems.push(`priorities must be unique; repeated: ${priorities.join(', ')}`);
    }
    checked.value.forEach((rule, i) => {
        if (rule.ruleType === 'RateLimitRule' && rule.rateLimitThreshold === undefined) {
            problems.push(`[${i}]: a RateLimitRule needs rateLimitThreshold`);
        }
    });
    return problems.length > 0 ? (0,parsed/* fail */.f)(problems.join('; ')) : (0,parsed.ok)(checked.value.map(r => ({ ...r })));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Ingress manifests (networking.k8s.io/v1) for the gateway: each names its namespace, uses the
 * gateway's IngressClass (filled in when left out) and has a spec; the API server validates the
 * rest when the step applies them.
 */
function parseIngresses(raw) {
    const doc = (0,structured/* parseStructured */.j)(raw);
    if (!doc.ok)
        return doc;
    const list = Array.isArray(doc.value) ? doc.value : [doc.value];
    const problems = [];
    const ingresses = [];
    list.forEach((item, i) => {
        const at = `[${i}]`;
        if (!isRecord(item)) {
            problems.push(`${at}: expected an Ingress object`);
            return;
        }
        const metadata = isRecord(item['metadata']) ? item['metadata'] : {};
        const spec = isRecord(item['spec']) ? item['spec'] : undefined;
        const name = metadata['name'];
        const namespace = metadata['namespace'];
        if (item['apiVersion'] !== 'networking.k8s.io/v1' || item['kind'] !== 'Ingress') {
            problems.push(`${at}: expected apiVersion networking.k8s.io/v1 and kind Ingress`);
        }
        if (typeof name !== 'string' || !isDnsSubdomain(name)) {
            problems.push(`${at}.metadata.name: expected a DNS-1123 subdomain`);
        }
        if (typeof namespace !== 'string' || !isDnsLabel(namespace)) {
            problems.push(`${at}.metadata.namespace: required, a DNS-1123 label`);
        }
        if (spec === undefined)
            problems.push(`${at}.spec: required`);
        const className = spec?.['ingressClassName'];
        if (className !== undefined && className !== AGIC_INGRESS_CLASS) {
            problems.push(`${at}.spec.ingressClassName: must be ${AGIC_INGRESS_CLASS} (the gateway's)`);
        }
        const annotations = isRecord(metadata['annotations']) ? metadata['annotations'] : {};
        if (Object.values(annotations).some(v => typeof v !== 'string')) {
            problems.push(`${at}.metadata.annotations: values must be strings (quote "true")`);
        }
        const legacyClass = annotations['kubernetes.io/ingress.class'];
        if (legacyClass !== undefined && legacyClass !== 'azure/application-gateway') {
            problems.push(`${at}.metadata.annotations[kubernetes.io/ingress.class]: must be azure/application-gateway or left out`);
        }
        ingresses.push({
            ...item,
            spec: { ...spec, ingressClassName: AGIC_INGRESS_CLASS },
        });
    });
    const keys = ingresses.map(i => {
        const m = i['metadata'];
        return `${String(m['namespace'])}/${String(m['name'])}`;
    });
    const repeated = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    if (repeated.length > 0)
        problems.push(`repeated Ingresses: ${repeated.join(', ')}`);
    return problems.length > 0 ? (0,parsed/* fail */.f)(problems.join('; ')) : (0,parsed.ok)(ingresses);
}
/** What AGIC reads as true in a boolean annotation: Go's `strconv.ParseBool`. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
/** Whether an Ingress gets its listener on the private frontend (else: a public listener). */
function isPrivateIngress(ingress) {
    const metadata = isRecord(ingress['metadata']) ? ingress['metadata'] : {};
    const annotations = isRecord(metadata['annotations']) ? metadata['annotations'] : {};
    const value = annotations[USE_PRIVATE_IP];
    return typeof value === 'string' && GO_TRUE.has(value);
}
/** The inputs that matter only with `controller: application-gateway`. */
const APP_GATEWAY_INPUTS = [
    'application-gateway-name',
    'application-gateway-subnet-id',
    'private-frontend-ip',
    'application-gateway-private-only',
    'autoscale-min-capacity',
    'autoscale-max-capacity',
    'zones',
    'waf-policy-name',
    'waf-mode',
    'allow-waf-detection',
    'waf-rule-set',
    'waf-exclusions',
    'waf-custom-rules',
    'agic-mode',
    'agic-namespace',
    'agic-chart-version',
    'agic-identity-client-id',
    'agic-identity-principal-id',
    'ingresses',
    'allow-public-exposure',
];
/**
 * `controller: application-gateway`: every input checked before any call, every problem on the
 * reader. Returns a builder that runs once the reader has no problems.
 */
function readAppGatewaySpec(reader, context) {
    const need = (id) => {
        if (!reader.isSet(id)) {
            reader.problem(id, undefined, `is required with '${reader.name('controller')}: application-gateway'.`);
        }
    };
    need('application-gateway-subnet-id');
    need('private-frontend-ip');
    const name = reader.optional('application-gateway-name', (0,azure_names/* parseResourceName */.p$)('application gateway', { maxLength: 80 }));
    const subnet = reader.optional('application-gateway-subnet-id', (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE));
    const privateFrontendIp = reader.optional('private-frontend-ip', parseIpv4);
    const privateOnly = reader.withDefault('application-gateway-private-only', inputs_boolean/* parseBoolean */.y);
    const minCapacity = reader.withDefault('autoscale-min-capacity', parseIntegerIn(0, 125));
    const maxCapacity = reader.withDefault('autoscale-max-capacity', parseIntegerIn(2, 125));
    const zones = reader.optional('zones', raw => parseListOf(raw, parseZone));
    const wafName = reader.optional('waf-policy-name', (0,azure_names/* parseResourceName */.p$)('WAF policy', { maxLength: 128 }));
    const wafMode = reader.withDefault('waf-mode', (0,choice/* parseChoice */.H)(WAF_MODES));
    const allowWafDetection = reader.withDefault('allow-waf-detection', inputs_boolean/* parseBoolean */.y);
    const ruleSet = reader.withDefault('waf-rule-set', parseWafRuleSet);
    const exclusions = reader.optional('waf-exclusions', parseExclusions);
    const customRules = reader.optional('waf-custom-rules', parseCustomRules);
    const agicMode = reader.withDefault('agic-mode', (0,choice/* parseChoice */.H)(AGIC_MODES));
    const agicNamespace = reader.withDefault('agic-namespace', (raw) => isDnsLabel(raw) ? (0,parsed.ok)(raw) : (0,parsed/* fail */.f)('must be a DNS-1123 label'));
    const agicChartVersion = reader.withDefault('agic-chart-version', (raw) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
        ? (0,parsed.ok)(raw)
        : (0,parsed/* fail */.f)(`must be a pinned chart version, like ${AGIC_CHART.version}`));
    const clientId = reader.optional('agic-identity-client-id', parseGuid);
    const principalId = reader.optional('agic-identity-principal-id', parseGuid);
    const ingresses = reader.optional('ingresses', parseIngresses);
    const allowPublicExposure = reader.withDefault('allow-public-exposure', inputs_boolean/* parseBoolean */.y);
    if (minCapacity !== undefined && maxCapacity !== undefined && minCapacity > maxCapacity) {
        reader.problem('autoscale-min-capacity', String(minCapacity), `must not exceed '${reader.name('autoscale-max-capacity')}' (${maxCapacity}).`);
    }
    if (agicMode === 'add-on' && context.clusterName === undefined) {
        reader.problem('cluster-name', undefined, `is required with '${reader.name('agic-mode')}: add-on': the step enables the add-on on that AKS cluster.`);
    }
    if (agicMode === 'helm') {
        for (const id of ['agic-identity-client-id', 'agic-identity-principal-id']) {
            if (!reader.isSet(id)) {
                reader.problem(id, undefined, `is required with '${reader.name('agic-mode')}: helm': AGIC signs in with that user-assigned identity through workload identity.`);
            }
        }
    }
    if (context.privateLink && !reader.isSet('pls-subnet-id')) {
        reader.problem('pls-subnet-id', undefined, `is required with '${reader.name('controller')}: application-gateway': the gateway's Private Link configuration takes its IPs from that subnet (or set '${reader.name('private-link')}: none').`);
    }
    if (subnet && context.plsSubnet) {
        if ((0,resource_id/* resourceIdEquals */.v1)(subnet.id, context.plsSubnet.id)) {
            reader.problem('pls-subnet-id', context.plsSubnet.id, `must be another subnet than '${reader.name('application-gateway-subnet-id')}': a Private Link configuration cannot use the gateway's own subnet.`);
        }
        else if (!(0,resource_id/* resourceIdEquals */.v1)(subnet.parent?.id ?? '', context.plsSubnet.parent?.id ?? '')) {
            reader.problem('pls-subnet-id', context.plsSubnet.id, `must be in the gateway's virtual network '${subnet.parent?.id ?? '?'}'.`);
        }
    }
    if (privateOnly === true) {
        const publicOnes = (ingresses ?? [])
            .filter(i => !isPrivateIngress(i))
            .map(i => {
            const m = i['metadata'];
            return `${String(m['namespace'])}/${String(m['name'])}`;
        });
        if (publicOnes.length > 0) {
            reader.problem('ingresses', undefined, `${publicOnes.join(', ')} would need a public listener, but '${reader.name('application-gateway-private-only')}' leaves the gateway without a public frontend; annotate them '${USE_PRIVATE_IP}: "true"'.`);
        }
    }
    if (agicMode === 'add-on' && context.hasEndpoints && !(ingresses ?? []).some(isPrivateIngress)) {
        reader.warn(`Private Endpoints connect to the gateway only while a listener uses its private frontend: the step's bootstrap listener is there until AGIC's first sync, and the AGIC add-on puts its own there only for Ingresses annotated '${USE_PRIVATE_IP}: "true"', of which '${reader.name('ingresses')}' has none.`);
    }
    if (wafMode === 'Detection' && !allowWafDetection) {
        reader.warn(`'${reader.name('waf-mode')}: Detection' only logs attacks; the WAF policy change is flagged waf-detection and is applied only with '${reader.name('allow-waf-detection')}: true'.`);
    }
    return () => {
        const sub = context.common.subscriptionId ?? '';
        const rg = context.resourceGroup ?? '';
        const gatewayName = name ?? `agw-${context.clusterName ?? rg}`.slice(0, 80);
        const id = (types, names) => (0,resource_id/* formatResourceId */.bM)({
            subscriptionId: sub,
            resourceGroup: rg,
            provider: 'Microsoft.Network',
            types,
            names,
        });
        const policyName = wafName ?? `${gatewayName}-waf`;
        return {
            name: gatewayName,
            id: id(['applicationGateways'], [gatewayName]),
            subnet: subnet,
            privateFrontendIp: privateFrontendIp ?? '',
            privateOnly: privateOnly ?? false,
            publicIpId: id(['publicIPAddresses'], [`${gatewayName}-pip`]),
            minCapacity: minCapacity ?? 2,
            maxCapacity: maxCapacity ?? 10,
            zones: [...new Set(zones ?? [])].sort(),
            waf: {
                name: policyName,
                id: id(['ApplicationGatewayWebApplicationFirewallPolicies'], [policyName]),
                mode: wafMode ?? 'Prevention',
                ruleSetType: ruleSet?.type ?? 'Microsoft_DefaultRuleSet',
                ruleSetVersion: ruleSet?.version ?? '2.1',
                exclusions: exclusions ?? [],
                customRules: customRules ?? [],
            },
            allowWafDetection: allowWafDetection ?? false,
            allowPublicExposure: allowPublicExposure ?? false,
            privateLink: context.privateLink,
            agic: agicMode === 'helm'
                ? {
                    mode: 'helm',
                    namespace: agicNamespace ?? 'ingress-azure',
                    chartVersion: agicChartVersion ?? AGIC_CHART.version,
                    clientId: clientId ?? '',
                    principalId: principalId ?? '',
                }
                : { mode: 'add-on' },
            clusterId: context.clusterName === undefined
                ? undefined
                : (0,resource_id/* formatResourceId */.bM)({
                    subscriptionId: sub,
                    resourceGroup: rg,
                    provider: 'Microsoft.ContainerService',
                    types: ['managedClusters'],
                    names: [context.clusterName],
                }),
            ingresses: ingresses ?? [],
            cloud: context.common.cloud,
        };
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/spec.ts


















/** An input's name in the host's spelling (`waf-policy-name` on GitHub, `wafPolicyName` on ADO). */
function inputName(spec, id) {
    return spec.inputNames[id] ?? id;
}
/** The inputs that matter only with `controller: nginx`. */
const NGINX_INPUTS = [
    'node-resource-group',
    'ingress-namespace',
    'release-name',
    'chart-version',
    'chart-repo',
    'replicas',
    'ingress-class',
    'internal-subnet-name',
    'load-balancer-ip',
    'service-cidr',
    'pls-name',
    'pls-visibility',
    'pls-auto-approval',
    'pls-proxy-protocol',
    'pls-fqdns',
];
/** Warns about inputs set to something other than their default that this controller ignores. */
function warnIgnored(reader, ids, controller) {
    const ignored = ids.filter(id => {
        if (!reader.isSet(id))
            return false;
        const fallback = (0,manifest/* inputDefault */.qw)((0,manifest/* findInput */.cu)(reader.manifest, id), reader.host);
        return fallback === undefined || reader.raw(id) !== fallback;
    });
    if (ignored.length > 0) {
        reader.warn(`${ignored.map(id => `'${reader.name(id)}'`).join(', ')} ${ignored.length === 1 ? 'does' : 'do'} not apply with '${reader.name('controller')}: ${controller}' and ${ignored.length === 1 ? 'is' : 'are'} ignored.`);
    }
}
const spec_SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
/** A DNS-1123 label, as Kubernetes and Helm require for namespaces, releases and classes. */
function kubernetesName(maxLength) {
    return raw => raw.length <= maxLength && isDnsLabel(raw)
        ? (0,parsed.ok)(raw)
        : (0,parsed/* fail */.f)(`must be a DNS-1123 label: lower-case letters, digits and '-', at most ${maxLength} characters, like ingress-nginx`);
}
function hostRoute(ip) {
    return { address: ip, prefixLength: 32, version: 4, text: `${ip}/32` };
}
function parseSubscriptionOrStar(raw) {
    return raw === '*' ? (0,parsed.ok)(raw) : (0,azure_names/* parseSubscriptionId */.mU)(raw);
}
function parseDnsLabel(raw) {
    return /^(@|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(raw)
        ? (0,parsed.ok)(raw.toLowerCase())
        : (0,parsed/* fail */.f)('must be a DNS record name, like ingress or app.ingress');
}
function parseRequestMessage(raw) {
    return raw.length <= 140 ? (0,parsed.ok)(raw) : (0,parsed/* fail */.f)('is longer than 140 characters');
}
const EndpointShape = array(object({
    name: optional(string({ parse: (0,azure_names/* parseResourceName */.p$)('private endpoint', { maxLength: 64 }) })),
    'subnet-id': string({ parse: (0,resource_id/* parseResourceId */.RQ)(spec_SUBNET_TYPE) }),
    'request-message': optional(string({ parse: parseRequestMessage })),
    'dns-name': optional(string({ parse: parseDnsLabel })),
}));
function parseEndpoints(raw) {
    const doc = (0,structured/* parseStructured */.j)(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(EndpointShape, doc.value ?? []);
    if (!checked.ok)
        return checked;
    return (0,parsed.ok)(checked.value.map(e => ({
        ...(e.name ? { name: e.name } : {}),
        subnet: e['subnet-id'],
        ...(e['request-message'] ? { requestMessage: e['request-message'] } : {}),
        ...(e['dns-name'] ? { dnsName: e['dns-name'] } : {}),
    })));
}
function privateLinkServiceId(subscriptionId, resourceGroup, name) {
    return (0,resource_id/* formatResourceId */.bM)({
        subscriptionId,
        resourceGroup,
        provider: 'Microsoft.Network',
        types: ['privateLinkServices'],
        names: [name],
    });
}
/** Every input checked before any call; every problem reported together. */
function parseProvisionPrivateIngressSpec(reader, common) {
    const resourceGroup = reader.required('resource-group', azure_names/* parseResourceGroupName */.O4);
    const clusterName = reader.optional('cluster-name', (0,azure_names/* parseResourceName */.p$)('cluster', { maxLength: 63 }));
    const nodeResourceGroup = reader.optional('node-resource-group', azure_names/* parseResourceGroupName */.O4);
    const vnetInput = reader.optional('vnet-id', (0,resource_id/* parseResourceId */.RQ)('Microsoft.Network/virtualNetworks'));
    const fromCluster = reader.isSet('cluster-name') && !common.offline;
    const controller = reader.withDefault('controller', (0,choice/* parseChoice */.H)(CONTROLLERS));
    const isAppGateway = controller === 'application-gateway';
    for (const id of isAppGateway ? [] : ['node-resource-group', 'vnet-id']) {
        if (!fromCluster && !reader.isSet(id)) {
            reader.problem(id, undefined, common.offline
                ? 'is required with offline: an offline plan cannot read the cluster.'
                : `is required unless '${reader.name('cluster-name')}' is given, to read it from the cluster.`);
        }
    }
    const location = reader.optional('location', azure_names/* parseLocation */.zS);
    const namespace = reader.withDefault('ingress-namespace', kubernetesName(63));
    // The chart names the Service `<release>-controller` within 63 characters.
    const release = reader.withDefault('release-name', kubernetesName(52));
    const chartVersion = reader.withDefault('chart-version', (raw) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
        ? (0,parsed.ok)(raw)
        : (0,parsed/* fail */.f)('must be a pinned chart version, like 4.15.1'));
    const chartRepo = reader.withDefault('chart-repo', parseChartRepository);
    const replicas = reader.withDefault('replicas', parseIntegerIn(1, 10));
    const ingressClass = reader.withDefault('ingress-class', kubernetesName(63));
    const internalSubnetName = reader.optional('internal-subnet-name', (0,azure_names/* parseResourceName */.p$)('subnet', { maxLength: 80 }));
    const loadBalancerIp = reader.optional('load-balancer-ip', parseIpv4);
    const serviceCidr = reader.withDefault('service-cidr', parseCidr);
    const privateLink = reader.withDefault('private-link', (0,choice/* parseChoice */.H)(PRIVATE_LINK_MODES));
    const plsName = reader.optional('pls-name', (0,azure_names/* parseResourceName */.p$)('private link service', { maxLength: 80 }));
    const plsSubnet = reader.optional('pls-subnet-id', (0,resource_id/* parseResourceId */.RQ)(spec_SUBNET_TYPE));
    const visibility = reader.optional('pls-visibility', raw => parseListOf(raw, parseSubscriptionOrStar));
    const autoApproval = reader.optional('pls-auto-approval', raw => parseListOf(raw, azure_names/* parseSubscriptionId */.mU));
    const natIpCount = reader.withDefault('pls-nat-ip-count', parseIntegerIn(1, 8));
    const proxyProtocol = reader.withDefault('pls-proxy-protocol', inputs_boolean/* parseBoolean */.y);
    const plsFqdns = reader.optional('pls-fqdns', raw => parseListOf(raw, parseFqdn()));
    const endpoints = reader.optional('private-endpoints', parseEndpoints);
    const waitTimeoutMs = reader.withDefault('wait-timeout', parseDuration);
    const privateDnsZone = reader.optional('private-dns-zone-id', (0,resource_id/* parseResourceId */.RQ)('Microsoft.Network/privateDnsZones'));
    const buildAppGateway = isAppGateway
        ? readAppGatewaySpec(reader, {
            common,
            resourceGroup,
            clusterName,
            plsSubnet,
            privateLink: privateLink !== 'none',
            hasEndpoints: (endpoints?.length ?? 0) > 0,
        })
        : undefined;
    warnIgnored(reader, isAppGateway ? NGINX_INPUTS : APP_GATEWAY_INPUTS, controller ?? 'nginx');
    // The gateway's network is its subnet's; NGINX's the cluster's.
    const appGatewaySubnet = isAppGateway
        ? reader.optional('application-gateway-subnet-id', (0,resource_id/* parseResourceId */.RQ)(spec_SUBNET_TYPE))
        : undefined;
    const vnet = appGatewaySubnet?.parent ?? vnetInput;
    if (loadBalancerIp && serviceCidr && cidrContains(serviceCidr, hostRoute(loadBalancerIp))) {
        reader.problem('load-balancer-ip', loadBalancerIp, `is inside the service CIDR ${serviceCidr.text} ('${reader.name('service-cidr')}'); give a free address of the frontend's subnet.`);
    }
    if (!isAppGateway &&
        plsSubnet &&
        vnet &&
        !(0,resource_id/* resourceIdEquals */.v1)(plsSubnet.parent?.id ?? '', vnet.id)) {
        reader.problem('pls-subnet-id', plsSubnet.id, `is in virtual network '${plsSubnet.parent?.id ?? '?'}', but the load balancer is in '${vnet.id}' ('${reader.name('vnet-id')}'): a Private Link Service takes its NAT IPs from the load balancer's virtual network.`);
    }
    if (!isAppGateway && privateLink === 'arm' && !reader.isSet('pls-subnet-id')) {
        reader.problem('pls-subnet-id', undefined, `is required with '${reader.name('private-link')}: arm'.`);
    }
    if (privateLink === 'none' && (endpoints?.length ?? 0) > 0) {
        reader.problem('private-endpoints', undefined, isAppGateway
            ? `need the gateway's Private Link configuration; do not set '${reader.name('private-link')}: none'.`
            : `need a Private Link Service; set '${reader.name('private-link')}' to service or arm.`);
    }
    const explicit = (endpoints ?? []).map(e => e.name?.toLowerCase()).filter((n) => !!n);
    const duplicated = explicit.filter((n, i) => explicit.indexOf(n) !== i);
    if (duplicated.length > 0) {
        reader.problem('private-endpoints', undefined, `name the endpoints uniquely; repeated: ${[...new Set(duplicated)].join(', ')}.`);
    }
    if (common.offline && !reader.isSet('location')) {
        reader.problem('location', undefined, 'is required with offline: an offline plan cannot read the virtual network’s region.');
    }
    if (autoApproval && !(visibility ?? []).includes('*')) {
        const outside = autoApproval.filter(s => !(visibility ?? []).includes(s));
        if (outside.length > 0) {
            reader.problem('pls-auto-approval', outside.join(' '), `must be a subset of '${reader.name('pls-visibility')}' (or visibility '*').`);
        }
    }
    return reader.finish(() => {
        const sub = common.subscriptionId ?? '';
        const pls = plsName ?? `pls-${release ?? ''}`;
        const appGateway = buildAppGateway?.();
        // Endpoints are named after what they connect to: the Private Link Service or the gateway.
        const linkName = appGateway?.name ?? pls;
        const plsRg = privateLink === 'arm' ? (resourceGroup ?? '') : (nodeResourceGroup ?? '');
        const clusterId = clusterName
            ? (0,resource_id/* formatResourceId */.bM)({
                subscriptionId: sub,
                resourceGroup: resourceGroup ?? '',
                provider: 'Microsoft.ContainerService',
                types: ['managedClusters'],
                names: [clusterName],
            })
            : undefined;
        const names = new Set();
        return {
            subscriptionId: sub,
            resourceGroup: resourceGroup ?? '',
            clusterId: fromCluster ? clusterId : undefined,
            nodeResourceGroup: nodeResourceGroup ?? '',
            vnet,
            location,
            offline: common.offline,
            controller: controller ?? 'nginx',
            namespace: namespace ?? '',
            release: release ?? '',
            chartVersion: chartVersion ?? '',
            chartRepo: chartRepo ?? '',
            replicas: replicas ?? 2,
            ingressClass: ingressClass ?? 'nginx',
            internalSubnetName,
            loadBalancerIp,
            privateLink: privateLink ?? 'service',
            plsName: pls,
            plsId: (0,resource_id/* formatResourceId */.bM)({
                subscriptionId: sub,
                resourceGroup: plsRg,
                provider: 'Microsoft.Network',
                types: ['privateLinkServices'],
                names: [pls],
            }),
            plsSubnet,
            visibility: visibility ?? [],
            autoApproval: autoApproval ?? [],
            natIpCount: natIpCount ?? 1,
            proxyProtocol: proxyProtocol ?? false,
            plsFqdns: plsFqdns ?? [],
            endpoints: (endpoints ?? []).map(e => {
                const base = e.name ?? `pe-${linkName}-${e.subnet.parent?.name ?? 'vnet'}-${e.subnet.name}`;
                let endpointName = base.slice(0, 64);
                for (let n = 2; names.has(endpointName.toLowerCase()); n++) {
                    endpointName = `${base.slice(0, 64 - String(n).length - 1)}-${n}`;
                }
                names.add(endpointName.toLowerCase());
                return {
                    name: endpointName,
                    subnet: e.subnet,
                    requestMessage: e.requestMessage,
                    dnsName: e.dnsName ?? endpointName.toLowerCase(),
                    id: (0,resource_id/* formatResourceId */.bM)({
                        subscriptionId: e.subnet.subscriptionId,
                        resourceGroup: e.subnet.resourceGroup,
                        provider: 'Microsoft.Network',
                        types: ['privateEndpoints'],
                        names: [endpointName],
                    }),
                };
            }),
            privateDnsZone,
            waitTimeoutMs: waitTimeoutMs ?? 600000,
            appGateway,
            inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/resolve.ts






const resolve_STEP = 'provision-private-ingress';
function nodeResourceGroupOf(cluster) {
    const value = (0,core_network/* propertiesOf */.P1)(cluster)['nodeResourceGroup'];
    return typeof value === 'string' ? value : '';
}
function firstSubnetId(cluster) {
    const pools = (0,core_network/* propertiesOf */.P1)(cluster)['agentPoolProfiles'];
    if (!Array.isArray(pools))
        return undefined;
    for (const pool of pools) {
        if (typeof pool['vnetSubnetID'] === 'string')
            return pool['vnetSubnetID'];
    }
    return undefined;
}
/**
 * With `cluster-name`: reads the AKS cluster once and fills in its node resource group, virtual
 * network and region where the inputs leave them out (an input given explicitly wins). Then a
 * static frontend IP is checked against its subnet.
 */
async function resolveProvisionPrivateIngress(ctx, spec) {
    if (spec.appGateway)
        return resolveAppGateway(ctx, spec, spec.appGateway);
    const resolved = spec.clusterId === undefined ? spec : await readCluster(ctx, spec, spec.clusterId);
    await checkLoadBalancerIp(ctx, resolved);
    return resolved;
}
/** A static frontend IP must lie in the frontend's subnet; the subnet is read to check it. */
async function checkLoadBalancerIp(ctx, spec) {
    if (!spec.loadBalancerIp || !spec.internalSubnetName || !spec.vnet)
        return;
    const subnetId = `${spec.vnet.id}/subnets/${spec.internalSubnetName}`;
    const subnet = await ctx.arm.getSubnet(subnetId);
    const prefix = (0,core_network/* propertiesOf */.P1)(subnet)['addressPrefix'];
    const cidr = typeof prefix === 'string' ? parseCidr(prefix) : undefined;
    const ip = parseCidr(`${spec.loadBalancerIp}/32`);
    const name = (id) => `'${spec.inputNames[id] ?? id}'`;
    if (subnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`${resolve_STEP}: ${name('internal-subnet-name')} '${spec.internalSubnetName}' is not a subnet of '${spec.vnet.id}'.`);
    }
    if (cidr?.ok && ip.ok && !cidrContains(cidr.value, ip.value)) {
        throw new errors/* PreconditionError */.Rb(`${resolve_STEP}: ${name('load-balancer-ip')} '${spec.loadBalancerIp}' is outside subnet '${spec.internalSubnetName}' (${cidr.value.text}); give a free address in that range.`);
    }
}
async function readCluster(ctx, spec, clusterId) {
    const name = (id) => `'${spec.inputNames[id] ?? id}'`;
    const cluster = await ctx.arm.getManagedCluster(clusterId);
    if (cluster === undefined) {
        throw new errors/* PreconditionError */.Rb(`${resolve_STEP}: the AKS cluster '${clusterId}' does not exist or is not visible to this identity. Check ${name('cluster-name')} and ${name('resource-group')}.`);
    }
    const nodeResourceGroup = spec.nodeResourceGroup || nodeResourceGroupOf(cluster);
    const subnetId = firstSubnetId(cluster);
    const parsedSubnet = subnetId
        ? (0,resource_id/* parseResourceId */.RQ)('Microsoft.Network/virtualNetworks/subnets')(subnetId)
        : undefined;
    const vnet = spec.vnet ?? (parsedSubnet?.ok ? parsedSubnet.value.parent : undefined);
    if (!nodeResourceGroup || vnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`${resolve_STEP}: the cluster '${clusterId}' does not name ${nodeResourceGroup ? 'a subnet of its own (it uses the AKS-managed network)' : 'a node resource group'}; give ${name('vnet-id')} and ${name('node-resource-group')}.`);
    }
    if (spec.plsSubnet && !(0,resource_id/* resourceIdEquals */.v1)(spec.plsSubnet.parent?.id ?? '', vnet.id)) {
        throw new errors/* PreconditionError */.Rb(`${resolve_STEP}: ${name('pls-subnet-id')} is in virtual network '${spec.plsSubnet.parent?.id ?? '?'}', but the cluster's load balancer is in '${vnet.id}'; a Private Link Service takes its NAT IPs from the load balancer's network.`);
    }
    const location = typeof cluster['location'] === 'string' ? cluster['location'] : undefined;
    ctx.log.info(`${resolve_STEP}: cluster ${spec.clusterId}: node resource group ${nodeResourceGroup}, network ${vnet.id}`);
    return {
        ...spec,
        nodeResourceGroup,
        vnet,
        location: spec.location ?? location,
        plsId: spec.privateLink === 'service'
            ? privateLinkServiceId(spec.subscriptionId, nodeResourceGroup, spec.plsName)
            : spec.plsId,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/guid.ts

/**
 * A GUID derived from `parts` (name-based, like an ARM template's `guid()`): the same parts give
 * the same GUID on every run, so a resource named by it is found again instead of duplicated.
 */
function deterministicGuid(...parts) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(parts.map(p => p.toLowerCase()).join('|'))
        .digest('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __nccwpck_require__(86153);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway.ts



/** The names of what the step owns inside the gateway. */
const PRIVATE_FRONTEND = 'appGwPrivateFrontendIp';
const PUBLIC_FRONTEND = 'appGwPublicFrontendIp';
const GATEWAY_IP_CONFIGURATION = 'appGatewayIpConfig';
const PRIVATE_LINK_CONFIGURATION = 'private-link';
/**
 * What a new gateway starts with so that ARM accepts it and the private frontend is "in use by
 * a listener" (a Private Link target only then): a pool, settings, port, listener and rule on the
 * private frontend. AGIC replaces them with its own on its first sync; the port, pool and
 * settings carry AGIC's names for them, so nothing needs renaming. The step never writes them
 * again.
 */
const BOOTSTRAP = {
    port: 'fp-80',
    pool: 'defaultaddresspool',
    settings: 'defaulthttpsetting',
    listener: 'bootstrap-private-http',
    rule: 'bootstrap-private-http',
};
const app_gateway_STEP = 'provision-private-ingress';
/** A scalar as text for a reason, `?` when absent or not a scalar. */
function shown(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}
function byName(list, name) {
    return Array.isArray(list)
        ? list.find(item => (0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)(item['name']), name))
        : undefined;
}
function sub(gatewayId, collection, name) {
    return { id: `${gatewayId}/${collection}/${name}` };
}
/**
 * A resource of the step's name that the step did not create (no `managed-by` tag) stops the run,
 * whether or not it happens to match: a gateway taken over would be rewritten by AGIC and its
 * identity granted Contributor on it; a WAF policy or public IP would be changed or put in front
 * of traffic it was not made for.
 */
function refuseForeign(observed, what, id, howToAvoid) {
    if (observed === undefined || (0,core_network/* isManagedByUs */.tJ)(observed))
        return;
    throw new errors/* PreconditionError */.Rb(`${app_gateway_STEP}: ${what} '${id}' exists but was not created by this step (no 'managed-by: ${core_network/* MANAGED_BY_VALUE */.Q9}' tag), and the step never takes over what it did not create. ${howToAvoid}, or tag it 'managed-by: ${core_network/* MANAGED_BY_VALUE */.Q9}' to hand it over.`);
}
/** The WAF policy, prevention by default, with the inputs' rule set, exclusions and rules. */
function wafPolicyBody(spec, location, observed) {
    const o = (0,core_network/* propertiesOf */.P1)(observed);
    const oSettings = (o['policySettings'] ?? {});
    const oManaged = (o['managedRules'] ?? {});
    const oSets = Array.isArray(oManaged['managedRuleSets'])
        ? oManaged['managedRuleSets']
        : [];
    // Rule group overrides someone tuned stay, as long as the rule set version stays.
    const sameSet = oSets.find(s => (0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)(s['ruleSetType']), spec.waf.ruleSetType) &&
        s['ruleSetVersion'] === spec.waf.ruleSetVersion);
    return {
        location: (0,core_network/* stringValue */.r$)(observed?.['location']) ?? location,
        tags: { ...(0,core_network/* tagsOf */.Fg)(observed), [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
        properties: {
            policySettings: {
                requestBodyCheck: true,
                maxRequestBodySizeInKb: 128,
                fileUploadLimitInMb: 100,
                ...withoutKeys(oSettings, ['state', 'mode']),
                state: 'Enabled',
                mode: spec.waf.mode,
            },
            managedRules: {
                ...withoutKeys(oManaged, ['managedRuleSets', 'exclusions']),
                managedRuleSets: [
                    {
                        ruleSetType: spec.waf.ruleSetType,
                        ruleSetVersion: spec.waf.ruleSetVersion,
                        ...(Array.isArray(sameSet?.['ruleGroupOverrides'])
                            ? { ruleGroupOverrides: sameSet['ruleGroupOverrides'] }
                            : {}),
                    },
                ],
                exclusions: [...spec.waf.exclusions],
            },
            customRules: byPriority([...spec.waf.customRules]),
        },
    };
}
/** Custom rules by priority (unique per policy), the order ARM may return them in. */
function byPriority(rules) {
    if (!Array.isArray(rules))
        return rules;
    const priority = (rule) => {
        const p = rule?.['priority'];
        return typeof p === 'number' ? p : Number.MAX_SAFE_INTEGER;
    };
    return [...rules].sort((a, b) => priority(a) - priority(b));
}
function withoutKeys(value, keys) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}
/** What differs between the WAF policy as read and the inputs (empty: nothing to write). */
function wafPolicyDifferences(spec, observed) {
    const o = (0,core_network/* propertiesOf */.P1)(observed);
    const settings = (o['policySettings'] ?? {});
    const managed = (o['managedRules'] ?? {});
    const sets = Array.isArray(managed['managedRuleSets'])
        ? managed['managedRuleSets']
        : [];
    const differences = [];
    if (settings['state'] !== 'Enabled')
        differences.push('state → Enabled');
    if (settings['mode'] !== spec.waf.mode) {
        differences.push(`mode ${shown(settings['mode'])} → ${spec.waf.mode}`);
    }
    const set = sets[0];
    if (sets.length !== 1 ||
        !(0,core_network/* sameId */.s)((0,core_network/* stringValue */.r$)(set?.['ruleSetType']), spec.waf.ruleSetType) ||
        set?.['ruleSetVersion'] !== spec.waf.ruleSetVersion) {
        differences.push(`rule set → ${spec.waf.ruleSetType} ${spec.waf.ruleSetVersion}`);
    }
    // ARM adds defaults (a rule's state, etags): what the inputs say must be there, and no more.
    if (!(0,json/* containsJson */.SB)(managed['exclusions'] ?? [], spec.waf.exclusions)) {
        differences.push('exclusions');
    }
    if (!(0,json/* containsJson */.SB)(byPriority(o['customRules'] ?? []), byPriority(spec.waf.customRules))) {
        differences.push('custom rules');
    }
    return differences;
}
/** The Standard static public IP a v2 gateway's public frontend needs. */
function publicIpBody(spec, location) {
    return {
        location,
        tags: { [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
        sku: { name: 'Standard', tier: 'Regional' },
        ...(spec.zones.length > 0 ? { zones: [...spec.zones] } : {}),
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
    };
}
function desiredFrontends(spec) {
    return [
        {
            name: PRIVATE_FRONTEND,
            properties: {
                privateIPAddress: spec.privateFrontendIp,
                privateIPAllocationMethod: 'Static',
                subnet: { id: spec.subnet.id },
                ...(spec.privateLink
                    ? {
                        privateLinkConfiguration: sub(spec.id, 'privateLinkConfigurations', PRIVATE_LINK_CONFIGURATION),
                    }
                    : {}),
            },
        },
        ...(spec.privateOnly
            ? []
            : [{ name: PUBLIC_FRONTEND, properties: { publicIPAddress: { id: spec.publicIpId } } }]),
    ];
}
function desiredPrivateLink(spec, plsSubnetId, count) {
    return {
        name: PRIVATE_LINK_CONFIGURATION,
        properties: {
            ipConfigurations: Array.from({ length: count }, (_, i) => ({
                name: `private-link-ip-${i + 1}`,
                properties: {
                    privateIPAllocationMethod: 'Dynamic',
                    subnet: { id: plsSubnetId },
                    primary: i === 0,
                },
            })),
        },
    };
}
function autoscale(spec) {
    return { minCapacity: spec.minCapacity, maxCapacity: spec.maxCapacity };
}
/** A new gateway: what the step owns, plus the bootstrap listener on the private frontend. */
function gatewayCreateBody(spec, location, plsSubnetId, linkIpCount) {
    const id = spec.id;
    return {
        location,
        tags: { [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
        ...(spec.zones.length > 0 ? { zones: [...spec.zones] } : {}),
        properties: {
            sku: { name: 'WAF_v2', tier: 'WAF_v2' },
            autoscaleConfiguration: autoscale(spec),
            gatewayIPConfigurations: [
                { name: GATEWAY_IP_CONFIGURATION, properties: { subnet: { id: spec.subnet.id } } },
            ],
            frontendIPConfigurations: desiredFrontends(spec),
            frontendPorts: [{ name: BOOTSTRAP.port, properties: { port: 80 } }],
            backendAddressPools: [{ name: BOOTSTRAP.pool, properties: {} }],
            backendHttpSettingsCollection: [
                {
                    name: BOOTSTRAP.settings,
                    properties: {
                        port: 80,
                        protocol: 'Http',
                        cookieBasedAffinity: 'Disabled',
                        requestTimeout: 30,
                    },
                },
            ],
            httpListeners: [
                {
                    name: BOOTSTRAP.listener,
                    properties: {
                        frontendIPConfiguration: sub(id, 'frontendIPConfigurations', PRIVATE_FRONTEND),
                        frontendPort: sub(id, 'frontendPorts', BOOTSTRAP.port),
                        protocol: 'Http',
                    },
                },
            ],
            requestRoutingRules: [
                {
                    name: BOOTSTRAP.rule,
                    properties: {
                        ruleType: 'Basic',
                        priority: 20000,
                        httpListener: sub(id, 'httpListeners', BOOTSTRAP.listener),
                        backendAddressPool: sub(id, 'backendAddressPools', BOOTSTRAP.pool),
                        backendHttpSettings: sub(id, 'backendHttpSettingsCollection', BOOTSTRAP.settings),
                    },
                },
            ],
            ...(spec.privateLink
                ? { privateLinkConfigurations: [desiredPrivateLink(spec, plsSubnetId, linkIpCount)] }
                : {}),
            firewallPolicy: { id: spec.waf.id },
        },
    };
}
/** A resource's zones, sorted, as JSON (`[]` when it has none). */
function sortedZones(body) {
    const zones = body?.['zones'];
    return JSON.stringify(Array.isArray(zones) ? zones.map(String).sort() : []);
}
/**
 * What differs between the gateway as read and what the step owns in it: SKU, autoscale
 * bounds, its subnet, the frontends it needs, the Private Link configuration and the WAF policy
 * link. Listeners, pools, settings, probes, rules, redirects, path maps and certificates are
 * AGIC's and never compared. Empty: nothing to write.
 */
function gatewayDifferences(spec, observed, plsSubnetId, linkIpCount) {
    const o = (0,core_network/* propertiesOf */.P1)(observed);
    const differences = [];
    if (spec.zones.length > 0 && sortedZones(observed) !== JSON.stringify([...spec.zones])) {
        throw new errors/* PreconditionError */.Rb(`${app_gateway_STEP}: Application Gateway '${spec.id}' is in zones ${sortedZones(observed)}, not ${JSON.stringify(spec.zones)}; zones are set when a gateway is created and cannot change. Leave 'zones' out, or create the gateway anew.`);
    }
    const sku = (o['sku'] ?? {});
    if (sku['name'] !== 'WAF_v2' || sku['tier'] !== 'WAF_v2') {
        differences.push(`SKU ${shown(sku['name'])} → WAF_v2`);
    }
    const scale = (o['autoscaleConfiguration'] ?? {});
    if (scale['minCapacity'] !== spec.minCapacity || scale['maxCapacity'] !== spec.maxCapacity) {
        differences.push(`autoscale ${shown(scale['minCapacity'])}–${shown(scale['maxCapacity'])} → ${spec.minCapacity}–${spec.maxCapacity}`);
    }
    const ipConfigs = Array.isArray(o['gatewayIPConfigurations'])
        ? o['gatewayIPConfigurations']
        : [];
    if (ipConfigs.length !== 1 ||
        !(0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)((0,core_network/* propertiesOf */.P1)(ipConfigs[0])['subnet']), spec.subnet.id)) {
        differences.push('gateway subnet');
    }
    for (const want of desiredFrontends(spec)) {
        const name = String(want['name']);
        const have = (0,core_network/* propertiesOf */.P1)(byName(o['frontendIPConfigurations'], name));
        const w = (0,core_network/* propertiesOf */.P1)(want);
        const same = have['privateIPAddress'] === w['privateIPAddress'] &&
            (w['privateIPAllocationMethod'] === undefined ||
                have['privateIPAllocationMethod'] === w['privateIPAllocationMethod']) &&
            sameRef(have['subnet'], w['subnet']) &&
            sameRef(have['publicIPAddress'], w['publicIPAddress']) &&
            sameRef(have['privateLinkConfiguration'], w['privateLinkConfiguration']);
        if (!same)
            differences.push(`frontend ${name}`);
    }
    if (spec.privateLink) {
        const link = (0,core_network/* propertiesOf */.P1)(byName(o['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION));
        const ips = Array.isArray(link['ipConfigurations'])
            ? link['ipConfigurations']
            : [];
        // Private Link IPs can be added, not taken away while endpoints use them.
        if (ips.length < linkIpCount ||
            !ips.every(ip => (0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)((0,core_network/* propertiesOf */.P1)(ip)['subnet']), plsSubnetId))) {
            differences.push('Private Link configuration');
        }
    }
    if (!(0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)(o['firewallPolicy']), spec.waf.id))
        differences.push('WAF policy link');
    return differences;
}
function sameRef(a, b) {
    const x = (0,core_network/* referenceId */.VX)(a);
    const y = (0,core_network/* referenceId */.VX)(b);
    return x === undefined ? y === undefined : (0,core_network/* sameId */.s)(x, y);
}
/** Keys ARM computes: never sent back. */
const READ_ONLY = new Set(['provisioningState', 'etag', 'resourceGuid']);
const READ_ONLY_GATEWAY = new Set([
    'operationalState',
    'privateEndpointConnections',
    'defaultPredefinedSslPolicy',
]);
/** The body as read, without what ARM computes (and a sub-resource's `type`). */
function withoutReadOnly(value, depth = 0) {
    if (Array.isArray(value))
        return value.map(v => withoutReadOnly(v, depth + 1));
    if (value === null || typeof value !== 'object')
        return value;
    const object = value;
    const isSubResource = depth > 0 && typeof object['name'] === 'string';
    return Object.fromEntries(Object.entries(object)
        .filter(([k]) => !READ_ONLY.has(k) && !(isSubResource && k === 'type'))
        .map(([k, v]) => [k, withoutReadOnly(v, depth + 1)]));
}
/**
 * A managed identity as it is sent back: its type and the user-assigned identities' keys (ARM
 * computes their principal and client IDs, the system identity's principal and tenant).
 */
function identityToSend(identity) {
    if (identity === null || typeof identity !== 'object')
        return undefined;
    const { type, userAssignedIdentities } = identity;
    return {
        ...(type !== undefined ? { type } : {}),
        ...(userAssignedIdentities !== null && typeof userAssignedIdentities === 'object'
            ? {
                userAssignedIdentities: Object.fromEntries(Object.keys(userAssignedIdentities).map(k => [k, {}])),
            }
            : {}),
    };
}
/** Replaces the items named like `mine` in `list` and appends the ones it lacks. */
function mergeByName(list, mine) {
    const theirs = Array.isArray(list) ? list : [];
    const merged = theirs.map(item => mine.find(m => (0,core_network/* sameId */.s)(String(m['name']), String(item['name']))) ?? item);
    for (const m of mine) {
        if (!theirs.some(item => (0,core_network/* sameId */.s)(String(item['name']), String(m['name']))))
            merged.push(m);
    }
    return merged;
}
/**
 * The update PUT: the whole gateway as read (AGIC's listeners, pools, rules, certificates, its
 * managed identity for Key Vault certificates, every other setting), with only what the step owns
 * set to the inputs. Only for a gateway the step created (`refuseForeign` comes first).
 */
function gatewayUpdateBody(spec, observed, plsSubnetId, linkIpCount) {
    const o = withoutReadOnly((0,core_network/* propertiesOf */.P1)(observed));
    const props = Object.fromEntries(Object.entries(o).filter(([k]) => !READ_ONLY_GATEWAY.has(k)));
    const existingLink = (0,core_network/* propertiesOf */.P1)(byName(props['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION));
    const existingIps = Array.isArray(existingLink['ipConfigurations'])
        ? existingLink['ipConfigurations']
        : [];
    const link = existingIps.length >= linkIpCount &&
        existingIps.every(ip => (0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)((0,core_network/* propertiesOf */.P1)(ip)['subnet']), plsSubnetId))
        ? { name: PRIVATE_LINK_CONFIGURATION, properties: { ipConfigurations: existingIps } }
        : desiredPrivateLink(spec, plsSubnetId, Math.max(linkIpCount, existingIps.length));
    const ipConfig = Array.isArray(props['gatewayIPConfigurations'])
        ? props['gatewayIPConfigurations'][0]
        : undefined;
    const identity = identityToSend(observed['identity']);
    return {
        location: observed['location'],
        tags: { ...(0,core_network/* tagsOf */.Fg)(observed), [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
        ...(Array.isArray(observed['zones']) ? { zones: observed['zones'] } : {}),
        ...(identity ? { identity } : {}),
        properties: {
            ...props,
            // The SKU as read (its family, say), WAF_v2; the autoscale bounds replace a fixed capacity.
            sku: {
                ...withoutKeys((props['sku'] ?? {}), ['capacity']),
                name: 'WAF_v2',
                tier: 'WAF_v2',
            },
            autoscaleConfiguration: autoscale(spec),
            gatewayIPConfigurations: [
                {
                    name: (0,core_network/* stringValue */.r$)(ipConfig?.['name']) ?? GATEWAY_IP_CONFIGURATION,
                    properties: { ...(0,core_network/* propertiesOf */.P1)(ipConfig), subnet: { id: spec.subnet.id } },
                },
            ],
            frontendIPConfigurations: mergeByName(props['frontendIPConfigurations'], desiredFrontends(spec)),
            ...(spec.privateLink
                ? { privateLinkConfigurations: mergeByName(props['privateLinkConfigurations'], [link]) }
                : {}),
            firewallPolicy: { id: spec.waf.id },
        },
    };
}
/** The ETag the gateway (or cluster) was read with: the update's `If-Match`. */
function etagOf(body) {
    return (0,core_network/* stringValue */.r$)(body?.['etag']) ?? (0,core_network/* stringValue */.r$)(body?.['eTag']);
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/agic.ts








const agic_STEP = 'provision-private-ingress';
/** The AKS add-on's key in `addonProfiles` (CLI name `ingress-appgw`). */
const AGIC_ADDON = 'ingressApplicationGateway';
/** The Helm release of AGIC; with this name its service account is `ingress-azure`. */
const AGIC_RELEASE = 'ingress-azure';
/** Where AGIC's pods run and how they are labelled, per mode. */
function agicPods(spec) {
    return spec.agic.mode === 'helm'
        ? { namespace: spec.agic.namespace, selector: `app=ingress-azure,release=${AGIC_RELEASE}` }
        : { namespace: 'kube-system', selector: 'app=ingress-appgw' };
}
function addonProfile(cluster) {
    const addons = (0,core_network/* propertiesOf */.P1)(cluster)['addonProfiles'];
    const addon = addons !== null && typeof addons === 'object'
        ? Object.entries(addons).find(([k]) => (0,core_network/* sameId */.s)(k, AGIC_ADDON))?.[1]
        : undefined;
    return addon !== null && typeof addon === 'object' ? addon : {};
}
/** The add-on's identity (object ID) as AKS reports it once the add-on is enabled. */
function addonPrincipalId(cluster) {
    const identity = addonProfile(cluster)['identity'];
    return (0,core_network/* stringValue */.r$)(identity?.['objectId']);
}
/** The gateway the add-on serves, if it is enabled. */
function addonGateway(cluster) {
    const addon = addonProfile(cluster);
    if (addon['enabled'] !== true)
        return undefined;
    const config = (addon['config'] ?? {});
    return ((0,core_network/* stringValue */.r$)(config['applicationGatewayId']) ??
        (0,core_network/* stringValue */.r$)(config['effectiveApplicationGatewayId']) ??
        // An add-on that created its own gateway names it, or its subnet, instead of an ID.
        (0,core_network/* stringValue */.r$)(config['applicationGatewayName']) ??
        (0,core_network/* stringValue */.r$)(config['subnetId']) ??
        (0,core_network/* stringValue */.r$)(config['subnetCIDR']) ??
        'an Application Gateway the add-on created');
}
/**
 * What the managed cluster PUT leaves out, as paths under `properties` (`*`: every item or key):
 * what the 2026-06-01 spec (test/fixtures/arm-specs) marks readOnly, plus `status` (read-only
 * information by its description), a pool's `powerState` (not ours to restate) and
 * `nodeImageVersion` (setting it rolls a pool back), and the secrets AKS keeps when they are left
 * out (a service principal's secret, the Windows and legacy AAD passwords).
 */
const CLUSTER_NOT_SENT = [
    ['provisioningState'],
    ['powerState'],
    ['maxAgentPools'],
    ['currentKubernetesVersion'],
    ['fqdn'],
    ['privateFQDN'],
    ['azurePortalFQDN'],
    ['resourceUID'],
    ['status'],
    ['agentPoolProfiles', '*', 'eTag'],
    ['agentPoolProfiles', '*', 'provisioningState'],
    ['agentPoolProfiles', '*', 'currentOrchestratorVersion'],
    ['agentPoolProfiles', '*', 'status'],
    ['agentPoolProfiles', '*', 'powerState'],
    ['agentPoolProfiles', '*', 'nodeImageVersion'],
    // An add-on's identity is AKS's: on every add-on, not only this one.
    ['addonProfiles', '*', 'identity'],
    ['oidcIssuerProfile', 'issuerURL'],
    ['networkProfile', 'loadBalancerProfile', 'effectiveOutboundIPs'],
    ['networkProfile', 'natGatewayProfile', 'effectiveOutboundIPs'],
    ['privateLinkResources', '*', 'privateLinkServiceID'],
    ['podIdentityProfile', 'userAssignedIdentities', '*', 'provisioningState'],
    ['podIdentityProfile', 'userAssignedIdentities', '*', 'provisioningInfo'],
    ['ingressProfile', 'webAppRouting', 'identity'],
    ['servicePrincipalProfile', 'secret'],
    ['windowsProfile', 'adminPassword'],
    ['aadProfile', 'serverAppSecret'],
];
function agic_isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** `value` without what `path` names (a copy; `*` is every array item or object key). */
function withoutPath(value, path) {
    const [head, ...rest] = path;
    if (head === undefined)
        return value;
    if (head === '*') {
        if (Array.isArray(value))
            return value.map(item => withoutPath(item, rest));
        if (agic_isRecord(value)) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutPath(v, rest)]));
        }
        return value;
    }
    if (!agic_isRecord(value) || !(head in value))
        return value;
    if (rest.length === 0) {
        return Object.fromEntries(Object.entries(value).filter(([k]) => k !== head));
    }
    return { ...value, [head]: withoutPath(value[head], rest) };
}
/** An autoscaled pool's `count` is the autoscaler's: sending the one read could revert it. */
function withoutAutoscaledCounts(pools) {
    if (!Array.isArray(pools))
        return pools;
    return pools.map(pool => agic_isRecord(pool) && pool['enableAutoScaling'] === true
        ? Object.fromEntries(Object.entries(pool).filter(([k]) => k !== 'count'))
        : pool);
}
/**
 * The managed cluster PUT that enables the add-on, as `az aks enable-addons` sends it: the whole
 * cluster as read, without what AKS computes or keeps secret (`CLUSTER_NOT_SENT`), the identity
 * as its type and user-assigned keys, autoscaled pools without their count, and the add-on
 * profile set.
 */
function clusterAddonBody(cluster, gatewayId) {
    const props = CLUSTER_NOT_SENT.reduce((value, path) => withoutPath(value, path), (0,core_network/* propertiesOf */.P1)(cluster));
    const identity = identityToSend(cluster['identity']);
    const addons = agic_isRecord(props['addonProfiles']) ? props['addonProfiles'] : {};
    return {
        location: cluster['location'],
        ...(cluster['tags'] !== undefined ? { tags: cluster['tags'] } : {}),
        ...(cluster['sku'] !== undefined ? { sku: cluster['sku'] } : {}),
        ...(cluster['kind'] !== undefined ? { kind: cluster['kind'] } : {}),
        ...(cluster['extendedLocation'] !== undefined
            ? { extendedLocation: cluster['extendedLocation'] }
            : {}),
        ...(identity && Object.keys(identity).length > 0 ? { identity } : {}),
        properties: {
            ...props,
            ...(props['agentPoolProfiles'] !== undefined
                ? { agentPoolProfiles: withoutAutoscaledCounts(props['agentPoolProfiles']) }
                : {}),
            addonProfiles: {
                ...addons,
                [AGIC_ADDON]: { enabled: true, config: { applicationGatewayId: gatewayId } },
            },
        },
    };
}
/**
 * Why enabling the add-on is flagged `public-exposure` when the gateway has a public frontend:
 * the add-on fixes AGIC's `usePrivateIP` to false, and while no Ingress yields a listener AGIC
 * builds its default HTTP :80 listener and rule on the frontend `usePrivateIP` names, the public
 * one (../shared/reference/aks-networking.md 4.2, 4.4; AGIC's defaultFrontendListenerIdentifier).
 */
const ADDON_DEFAULT_LISTENER = "the add-on fixes AGIC's usePrivateIP to false, so whenever no Ingress has a listener (before the first private Ingress is applied, or with none) AGIC puts its default HTTP :80 listener on the gateway's PUBLIC frontend";
/**
 * `agic-mode: add-on`: the managed cluster's add-on pointed at the gateway. An add-on already
 * serving another gateway is never repointed (its Ingresses would move with it). Enabling it is
 * flagged `public-exposure` when the gateway has a public frontend (`ADDON_DEFAULT_LISTENER`).
 */
function planAddon(step, spec, clusterId, cluster) {
    const offline = step.offline;
    const serving = addonGateway(cluster);
    if (serving !== undefined && (0,core_network/* sameId */.s)(serving, spec.id)) {
        return (0,plan/* armChange */.l6)(clusterId, 'noop', `the AGIC add-on serves ${spec.name}`);
    }
    if (serving !== undefined) {
        throw new errors/* PreconditionError */.Rb(`${agic_STEP}: the AKS cluster's AGIC add-on already serves '${serving}'; the step does not repoint it to '${spec.id}'. Disable the add-on first (az aks disable-addons -a ingress-appgw), or use '${inputName(step, 'agic-mode')}: helm'.`);
    }
    const flags = spec.privateOnly ? [] : ['public-exposure'];
    const exposure = spec.privateOnly ? '' : `; ${ADDON_DEFAULT_LISTENER}`;
    if (cluster === undefined) {
        if (!offline) {
            throw new errors/* PreconditionError */.Rb(`${agic_STEP}: the AKS cluster '${clusterId}' does not exist or is not visible to this identity; check '${inputName(step, 'cluster-name')}' and '${inputName(step, 'resource-group')}'.`);
        }
        return (0,plan/* armChange */.l6)(clusterId, 'update', `enable the AGIC add-on on the cluster (offline: the PUT body is the whole cluster as read, with this add-on profile set, so it is known only once the cluster is read)${exposure}`, {
            flags: [...flags],
            unknownBody: (0,plan/* knownAfterApply */.C1)(`the AKS cluster as read, with addonProfiles.${AGIC_ADDON} enabled for ${spec.id}`),
            dependsOn: [spec.id],
        });
    }
    const state = (0,core_network/* stringValue */.r$)((0,core_network/* propertiesOf */.P1)(cluster)['provisioningState']);
    if (!(0,core_network/* sameId */.s)(state, 'Succeeded')) {
        throw new errors/* PreconditionError */.Rb(`${agic_STEP}: the AKS cluster '${clusterId}' is '${state ?? 'unknown'}', not Succeeded. The add-on is enabled by a PUT of the whole cluster as read, which must not race or restate an operation in progress or a failed one; wait until 'az aks show --query provisioningState' says Succeeded (or fix the cluster) and run the step again.`);
    }
    const ifMatch = etagOf(cluster);
    return (0,plan/* armChange */.l6)(clusterId, 'update', `enable the AGIC add-on for ${spec.name}${exposure}`, {
        flags: [...flags],
        body: clusterAddonBody(cluster, spec.id),
        ...(ifMatch !== undefined ? { ifMatch } : {}),
        dependsOn: [spec.id],
    });
}
/** `agic-mode: helm`: the AGIC chart's values for this gateway. */
function agicValues(spec) {
    const helm = spec.agic.mode === 'helm' ? spec.agic : undefined;
    const parts = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(spec.id);
    return {
        appgw: {
            subscriptionId: parts?.[1] ?? '',
            resourceGroup: parts?.[2] ?? '',
            name: spec.name,
            // Every listener on the private frontend, unless public listeners were opted into.
            usePrivateIP: !spec.allowPublicExposure,
            shared: false,
        },
        armAuth: { type: 'workloadIdentity', identityClientID: helm?.clientId ?? '' },
        rbac: { enabled: true },
    };
}
function planAgicRelease(spec, release, dependsOn) {
    if (spec.agic.mode !== 'helm')
        return undefined;
    const values = agicValues(spec);
    // usePrivateIP false puts every Ingress without the private-IP annotation on the public
    // frontend, the step's and any other the chart's AGIC serves.
    const isPublic = values['appgw']['usePrivateIP'] === false;
    const exposure = isPublic
        ? '; with usePrivateIP: false every Ingress without the use-private-ip annotation gets a PUBLIC listener'
        : '';
    const base = {
        target: 'helm',
        release: AGIC_RELEASE,
        namespace: spec.agic.namespace,
        chart: AGIC_CHART.chart,
        // An OCI chart reference: no repository.
        repo: '',
        version: spec.agic.chartVersion,
        values,
        flags: isPublic ? ['public-exposure'] : [],
        dependsOn: [...dependsOn],
    };
    if (release === undefined) {
        return {
            ...base,
            action: 'install',
            reason: `install AGIC ${spec.agic.chartVersion} for ${spec.name}${exposure}`,
        };
    }
    const sameValues = (0,json/* sameJson */.Vk)(release.values, values);
    if (release.chartVersion === spec.agic.chartVersion &&
        release.status === 'deployed' &&
        sameValues) {
        return {
            ...base,
            action: 'noop',
            reason: `AGIC ${spec.agic.chartVersion} runs for ${spec.name}`,
        };
    }
    return {
        ...base,
        action: 'upgrade',
        reason: `${release.chartVersion !== spec.agic.chartVersion
            ? `upgrade AGIC ${release.chartVersion ?? '?'} → ${spec.agic.chartVersion}`
            : release.status !== 'deployed'
                ? `AGIC release is '${release.status}'`
                : 'AGIC values changed'}${exposure}`,
    };
}
/** Built-in role definitions (their IDs are the same in every tenant). */
const ROLES = {
    Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    'Network Contributor': '4d97b98b-1d4f-4787-a291-c67834d212e7',
};
/**
 * What AGIC's identity needs (../shared/reference/aks-networking.md 4.3): Contributor on the
 * gateway it rewrites, Reader on the gateway's resource group, and Network Contributor on the
 * gateway's subnet (joining it is part of every gateway write).
 */
function agicRoleGrants(spec) {
    const resourceGroup = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)/i.exec(spec.id)?.[1] ?? '';
    return [
        { role: 'Contributor', scope: spec.id, why: 'rewrite the gateway' },
        { role: 'Reader', scope: resourceGroup, why: "read the gateway's resource group" },
        { role: 'Network Contributor', scope: spec.subnet.id, why: "join the gateway's subnet" },
    ];
}
function roleDefinitionId(subscriptionId, role) {
    return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${ROLES[role]}`;
}
/** Owner: every action, so every role AGIC needs. */
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
/**
 * The built-in roles whose actions include a grant's (for the data-plane-free actions AGIC
 * needs): the role itself, Owner, and Contributor for Reader and Network Contributor.
 */
function rolesIncluding(role) {
    return [
        ROLES[role],
        OWNER,
        ...(role === 'Reader' || role === 'Network Contributor' ? [ROLES.Contributor] : []),
    ];
}
/**
 * An assignment at the scope or above it (inherited) of the role, or of a role that includes it
 * (Owner, Contributor), satisfies a grant.
 */
function isGranted(assignments, grant) {
    const roles = rolesIncluding(grant.role);
    return assignments.some(a => {
        const props = (0,core_network/* propertiesOf */.P1)(a);
        const scope = ((0,core_network/* stringValue */.r$)(props['scope']) ?? '').toLowerCase();
        const target = grant.scope.toLowerCase();
        const definition = ((0,core_network/* stringValue */.r$)(props['roleDefinitionId']) ?? '').toLowerCase();
        return (roles.some(r => definition.endsWith(`/${r}`)) &&
            (target === scope || target.startsWith(`${scope}/`)));
    });
}
/**
 * One role assignment per grant, named by a GUID of (scope, role, principal): a re-run finds it
 * again, and an assignment someone made before (any name, at or above the scope) counts too.
 */
function planRoleAssignments(spec, subscriptionId, principalId, assignments, dependsOn) {
    const principal = principalId ?? (0,plan/* knownAfterApply */.C1)('the object ID of the AGIC add-on identity');
    return agicRoleGrants(spec).map(grant => {
        const name = principalId === undefined
            ? (0,plan/* knownAfterApply */.C1)('a GUID of scope, role and the AGIC identity')
            : deterministicGuid(grant.scope, ROLES[grant.role], principalId);
        const id = `${grant.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
        if (principalId !== undefined && isGranted(assignments.get(grant.scope) ?? [], grant)) {
            return (0,plan/* armChange */.l6)(id, 'noop', `AGIC's identity has ${grant.role} to ${grant.why}`);
        }
        return (0,plan/* armChange */.l6)(id, 'create', `grant AGIC's identity ${grant.role} to ${grant.why}`, {
            body: {
                properties: {
                    roleDefinitionId: roleDefinitionId(subscriptionId, grant.role),
                    principalId: principal,
                    principalType: 'ServicePrincipal',
                    description: `AGIC for ${spec.name} (aks-secure-networking)`,
                },
            },
            dependsOn: [...dependsOn],
        });
    });
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-observe.ts



function ingressKey(ingress) {
    const metadata = (ingress['metadata'] ?? {});
    return `${String(metadata['namespace'])}/${String(metadata['name'])}`;
}
/** `controller: application-gateway`: reads Azure (gateway, policy, AKS, roles) and the cluster. */
async function observeAppGateway(ctx, spec) {
    const ag = spec.appGateway;
    if (!ag)
        throw new Error('observeAppGateway: not an application-gateway spec');
    const none = Promise.resolve(undefined);
    const pods = agicPods(ag);
    const [vnet, plSubnet, wafPolicy, publicIp, gateway, cluster, agicRelease, agicPodList] = await Promise.all([
        spec.vnet ? ctx.arm.getVirtualNetwork(spec.vnet.id) : none,
        ag.privateLink && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : none,
        ctx.arm.getWafPolicy(ag.waf.id),
        ag.privateOnly ? none : ctx.arm.getPublicIpAddress(ag.publicIpId),
        ctx.arm.getApplicationGateway(ag.id),
        ag.agic.mode === 'add-on' && ag.clusterId ? ctx.arm.getManagedCluster(ag.clusterId) : none,
        ag.agic.mode === 'helm' ? ctx.kube.helmRelease(AGIC_RELEASE, ag.agic.namespace) : none,
        ctx.kube.listPods(pods.namespace, pods.selector),
    ]);
    const principalId = ag.agic.mode === 'helm' ? ag.agic.principalId : addonPrincipalId(cluster);
    const grants = agicRoleGrants(ag);
    const assignments = principalId
        ? await Promise.all(grants.map(g => ctx.arm.listRoleAssignments(g.scope, principalId)))
        : [];
    const ingresses = await Promise.all(ag.ingresses.map(async (i) => {
        const metadata = i['metadata'];
        const found = await ctx.kube.getIngress(String(metadata['namespace']), String(metadata['name']));
        return [ingressKey(i), found];
    }));
    return {
        vnetLocation: (0,core_network/* stringValue */.r$)(vnet?.['location']),
        release: undefined,
        service: undefined,
        loadBalancer: undefined,
        plsSubnet: undefined,
        pls: undefined,
        appGateway: {
            plSubnet,
            wafPolicy,
            publicIp,
            gateway,
            cluster,
            principalId,
            roleAssignments: new Map(grants.map((g, i) => [g.scope, assignments[i] ?? []])),
            agicRelease,
            agicPods: agicPodList,
            ingresses: new Map(ingresses),
        },
        ...(await observeEndpoints(ctx.arm, spec, ag.id, gateway)),
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/private-link.ts


const PLS = 'service.beta.kubernetes.io/azure-pls';
/**
 * `private-link: service`: the cloud provider creates the Private Link Service from these
 * Service annotations (and disables the subnet's network policies itself).
 */
function privateLinkServiceAnnotations(spec) {
    if (spec.privateLink !== 'service')
        return {};
    return {
        [`${PLS}-create`]: 'true',
        [`${PLS}-name`]: spec.plsName,
        ...(spec.plsSubnet ? { [`${PLS}-ip-configuration-subnet`]: spec.plsSubnet.name } : {}),
        [`${PLS}-ip-configuration-ip-address-count`]: String(spec.natIpCount),
        [`${PLS}-proxy-protocol`]: String(spec.proxyProtocol),
        ...(spec.visibility.length > 0 ? { [`${PLS}-visibility`]: spec.visibility.join(' ') } : {}),
        ...(spec.autoApproval.length > 0
            ? { [`${PLS}-auto-approval`]: spec.autoApproval.join(' ') }
            : {}),
        ...(spec.plsFqdns.length > 0 ? { [`${PLS}-fqdns`]: spec.plsFqdns.join(' ') } : {}),
    };
}
/** `private-link: arm`: the Private Link Service the step creates on the load balancer frontend. */
function privateLinkServiceBody(spec, location, frontendId) {
    const subnetId = spec.plsSubnet?.id ?? '';
    return {
        location,
        tags: { [core_network/* MANAGED_BY_TAG */.dS]: core_network/* MANAGED_BY_VALUE */.Q9 },
        properties: {
            loadBalancerFrontendIpConfigurations: [{ id: frontendId }],
            ipConfigurations: Array.from({ length: spec.natIpCount }, (_, i) => ({
                name: `nat-${i + 1}`,
                properties: {
                    privateIPAllocationMethod: 'Dynamic',
                    privateIPAddressVersion: 'IPv4',
                    primary: i === 0,
                    subnet: { id: subnetId },
                },
            })),
            visibility: { subscriptions: [...spec.visibility] },
            autoApproval: { subscriptions: [...spec.autoApproval] },
            enableProxyProtocol: spec.proxyProtocol,
            fqdns: [...spec.plsFqdns],
        },
    };
}
/**
 * The subnet that gives Private Link its IPs (a Private Link Service's NAT IPs, an Application
 * Gateway Private Link configuration's IPs) with `privateLinkServiceNetworkPolicies: Disabled`,
 * keeping every other property of the subnet. `ready` when nothing needs to change.
 */
function planLinkSubnet(subnet, observed) {
    const policies = (0,core_network/* propertiesOf */.P1)(observed)['privateLinkServiceNetworkPolicies'];
    if (observed !== undefined && policies === 'Disabled')
        return { changes: [], ready: true };
    return {
        ready: false,
        changes: [
            (0,plan/* armChange */.l6)(subnet.id, 'update', 'disable private link service network policies on the Private Link subnet, keeping every other property', observed
                ? { body: (0,core_network/* subnetPutBody */.Ng)(observed, { privateLinkServiceNetworkPolicies: 'Disabled' }) }
                : // Offline: the PUT is the subnet as read; a partial body would drop its prefix.
                    {
                        unknownBody: (0,plan/* knownAfterApply */.C1)('the subnet as read, with privateLinkServiceNetworkPolicies: Disabled'),
                    }),
        ],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-plan.ts











const app_gateway_plan_STEP = 'provision-private-ingress';
/** The notices the plan carries for `controller: application-gateway`. */
const AGIC_NOTICE = 'AGIC is supported, but Microsoft steers new work to Application Gateway for Containers (its AGIC migration guide: "we recommended you begin the transition"); AGIC owns the gateway’s listeners, pools and rules, the step only its SKU, scale, frontends, Private Link and WAF policy (see the README).';
/**
 * The notice when the step creates the public frontend IP: the platform requires it; what puts a
 * listener on it depends on the AGIC mode.
 */
function publicFrontendNotice(spec, ag) {
    const privateOnly = inputName(spec, 'application-gateway-private-only');
    const listeners = ag.agic.mode === 'add-on'
        ? `the step puts no listener on it, but the AGIC add-on does: ${ADDON_DEFAULT_LISTENER} (the add-on change is flagged public-exposure). Keep the public frontend closed with an NSG rule on the gateway subnet, or use '${inputName(spec, 'agic-mode')}: helm' (usePrivateIP: true)`
        : `neither the step nor AGIC (usePrivateIP: ${String(!ag.allowPublicExposure)}) puts a listener on it${ag.allowPublicExposure ? ' except for Ingresses without the use-private-ip annotation' : ''}`;
    return `a WAF_v2 Application Gateway needs a public frontend IP unless the subscription uses the private-only deployment (feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation): the step creates one because the platform requires it; ${listeners}. Set '${privateOnly}: true' when the feature is registered.`;
}
function planWafPolicy(spec, ag, state, location) {
    const observed = state.wafPolicy;
    const detection = ag.waf.mode === 'Detection' ? ['waf-detection'] : [];
    if (observed === undefined) {
        return (0,plan/* armChange */.l6)(ag.waf.id, 'create', `WAF policy in ${ag.waf.mode} mode with ${ag.waf.ruleSetType} ${ag.waf.ruleSetVersion}`, { body: wafPolicyBody(ag, location, undefined), flags: [...detection] });
    }
    refuseForeign(observed, 'WAF policy', ag.waf.id, `Set '${inputName(spec, 'waf-policy-name')}' to another name`);
    const differences = wafPolicyDifferences(ag, observed);
    if (differences.length === 0) {
        return (0,plan/* armChange */.l6)(ag.waf.id, 'noop', `the WAF policy is in ${ag.waf.mode} mode as desired`);
    }
    return (0,plan/* armChange */.l6)(ag.waf.id, 'update', `set the WAF policy's ${differences.join(', ')}`, {
        body: wafPolicyBody(ag, location, observed),
        flags: [...detection],
    });
}
/**
 * The public IP a v2 gateway's public frontend needs: created, or the one the step created
 * before (Standard, in the zones asked for). Someone else's IP of that name is never used.
 */
function planPublicIp(spec, ag, state, location) {
    if (ag.privateOnly)
        return [];
    const observed = state.publicIp;
    if (observed !== undefined) {
        const gatewayName = inputName(spec, 'application-gateway-name');
        refuseForeign(observed, 'Public IP address', ag.publicIpId, `Set '${gatewayName}' to another name (the gateway's public IP is named after it)`);
        const sku = (0,core_network/* stringValue */.r$)(observed['sku']?.['name']);
        const zones = sortedZones(observed);
        const wrongZones = ag.zones.length > 0 && zones !== JSON.stringify([...ag.zones]);
        if (!(0,core_network/* sameId */.s)(sku, 'Standard') || wrongZones) {
            throw new errors/* PreconditionError */.Rb(`${app_gateway_plan_STEP}: public IP '${ag.publicIpId}' is ${sku ?? 'without a SKU'} in zones ${zones}; the gateway needs a Standard IP${ag.zones.length > 0 ? ` in zones ${JSON.stringify(ag.zones)}` : ''}, and neither can change on an existing IP. Delete that IP (the step created it) or set '${gatewayName}' to another name.`);
        }
        return [(0,plan/* armChange */.l6)(ag.publicIpId, 'noop', 'the public frontend IP the platform requires exists')];
    }
    return [
        (0,plan/* armChange */.l6)(ag.publicIpId, 'create', 'public frontend IP: required by the WAF_v2 platform; the step puts no listener on it', { body: publicIpBody(ag, location) }),
    ];
}
function planGateway(spec, ag, state, location, dependsOn) {
    const plsSubnetId = spec.plsSubnet?.id ?? '';
    const observed = state.gateway;
    if (observed === undefined) {
        return (0,plan/* armChange */.l6)(ag.id, 'create', `WAF_v2 Application Gateway with private frontend ${ag.privateFrontendIp}${ag.privateLink ? ' and Private Link' : ''}`, {
            body: gatewayCreateBody(ag, location, plsSubnetId, spec.natIpCount),
            dependsOn: [...dependsOn],
        });
    }
    refuseForeign(observed, 'Application Gateway', ag.id, `Set '${inputName(spec, 'application-gateway-name')}' to another name`);
    const differences = gatewayDifferences(ag, observed, plsSubnetId, spec.natIpCount);
    if (differences.length === 0) {
        return (0,plan/* armChange */.l6)(ag.id, 'noop', 'the gateway’s SKU, scale, frontends, Private Link and WAF link are as desired; AGIC’s parts are its own');
    }
    const ifMatch = etagOf(observed);
    return (0,plan/* armChange */.l6)(ag.id, 'update', `set the gateway’s ${differences.join(', ')}, keeping AGIC’s listeners, pools and rules`, {
        body: gatewayUpdateBody(ag, observed, plsSubnetId, spec.natIpCount),
        ...(ifMatch !== undefined ? { ifMatch } : {}),
        dependsOn: [...dependsOn],
    });
}
function metadataOf(manifest) {
    const m = manifest?.['metadata'];
    return m !== null && typeof m === 'object' ? m : {};
}
/** An Ingress is as desired when the cluster has its labels, annotations and spec. */
function planIngress(ingress, observed, dependsOn) {
    const isPrivate = isPrivateIngress(ingress);
    const want = metadataOf(ingress);
    const have = metadataOf(observed);
    const same = observed !== undefined &&
        (0,json/* containsJson */.SB)(have['labels'] ?? {}, want['labels'] ?? {}) &&
        (0,json/* containsJson */.SB)(have['annotations'] ?? {}, want['annotations'] ?? {}) &&
        (0,json/* containsJson */.SB)(observed['spec'], ingress['spec']);
    const where = isPrivate
        ? 'on the gateway’s private frontend'
        : `on the gateway’s PUBLIC frontend (no ${USE_PRIVATE_IP}: "true")`;
    return {
        target: 'kubernetes',
        action: same ? 'noop' : 'apply',
        manifest: ingress,
        reason: same
            ? `Ingress ${ingressKey(ingress)} is as desired`
            : `Ingress ${ingressKey(ingress)} ${where}`,
        flags: same || isPrivate ? [] : ['public-exposure'],
        dependsOn: [...dependsOn],
    };
}
function gatewayLinkTarget(ag, state) {
    return {
        id: ag.id,
        name: ag.name,
        kind: 'Application Gateway',
        reference: ag.id,
        groupIds: [PRIVATE_FRONTEND],
        autoApproval: [],
        body: state.gateway,
        dependsOn: [ag.id],
    };
}
function appGatewayOutputs(spec, state) {
    const ag = spec.appGateway;
    return {
        'ingress-private-ip': ag?.privateFrontendIp ?? '',
        'private-link-service-id': '',
        'private-link-service-alias': '',
        'private-endpoints': JSON.stringify(endpointOutputs(spec, state)),
        'application-gateway-id': ag?.id ?? '',
        'waf-policy-id': ag?.waf.id ?? '',
    };
}
const NOTHING_OBSERVED = {
    plSubnet: undefined,
    wafPolicy: undefined,
    publicIp: undefined,
    gateway: undefined,
    cluster: undefined,
    principalId: undefined,
    roleAssignments: new Map(),
    agicRelease: undefined,
    agicPods: [],
    ingresses: new Map(),
};
/**
 * `controller: application-gateway`, pure. Order (and dependencies): the WAF policy, public IP
 * and Private Link subnet, then the gateway; AGIC (the add-on on the cluster, or the chart after
 * its identity's roles); AGIC's roles (in add-on mode once the add-on's identity exists); the
 * Ingresses once AGIC runs; the Private Endpoints once the gateway exists, their approvals and
 * DNS records.
 */
function planAppGateway(spec, state) {
    const ag = spec.appGateway;
    if (!ag)
        throw new Error('planAppGateway: not an application-gateway spec');
    const s = state.appGateway ?? NOTHING_OBSERVED;
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${app_gateway_plan_STEP}: the region of the gateway's virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${inputName(spec, 'application-gateway-subnet-id')}' or give '${inputName(spec, 'location')}'.`);
    }
    const waf = planWafPolicy(spec, ag, s, location);
    const publicIp = planPublicIp(spec, ag, s, location);
    const subnet = ag.privateLink && spec.plsSubnet
        ? planLinkSubnet(spec.plsSubnet, s.plSubnet)
        : { changes: [], ready: true };
    const gateway = planGateway(spec, ag, s, location, [waf, ...publicIp, ...subnet.changes].filter(c => c.action !== 'noop').map(c => c.resourceId));
    const changes = [waf, ...publicIp, ...subnet.changes, gateway];
    let agicKey;
    if (ag.agic.mode === 'add-on') {
        const clusterId = ag.clusterId ?? '';
        const addon = planAddon(spec, ag, clusterId, s.cluster);
        const roles = planRoleAssignments(ag, spec.subscriptionId, s.principalId, s.roleAssignments, [
            clusterId,
            ag.id,
        ]);
        changes.push(addon, ...roles);
        agicKey = clusterId;
    }
    else {
        const roles = planRoleAssignments(ag, spec.subscriptionId, s.principalId, s.roleAssignments, [
            ag.id,
        ]);
        const release = planAgicRelease(ag, s.agicRelease, [
            ag.id,
            ...roles.filter(r => r.action !== 'noop').map(r => r.resourceId),
        ]);
        changes.push(...roles, ...(release ? [release] : []));
        agicKey = release ? (0,plan/* changeKey */.Cy)(release) : ag.id;
    }
    changes.push(...ag.ingresses.map(i => planIngress(i, s.ingresses.get(ingressKey(i)), [agicKey])));
    changes.push(...planEndpoints(spec, state, gatewayLinkTarget(ag, s), location));
    changes.push(...planRecords(spec, state));
    const createsPublicIp = publicIp.some(c => c.action === 'create');
    return {
        step: app_gateway_plan_STEP,
        changes,
        outputs: appGatewayOutputs(spec, state),
        warnings: [AGIC_NOTICE, ...(createsPublicIp ? [publicFrontendNotice(spec, ag)] : [])],
    };
}

;// CONCATENATED MODULE: ./src/core/change-graph.ts
async function runGraph(tasks) {
    const keys = new Set(tasks.map(t => t.key.toLowerCase()));
    if (keys.size !== tasks.length)
        throw new Error('runGraph: two tasks have the same key');
    const pending = new Map(tasks.map(t => [t.key.toLowerCase(), t]));
    const done = new Set();
    const running = new Map();
    let failure;
    const ready = (task) => task.dependsOn.every(d => !keys.has(d.toLowerCase()) || done.has(d.toLowerCase()));
    while (pending.size > 0 || running.size > 0) {
        if (!failure) {
            for (const [key, task] of [...pending]) {
                if (!ready(task))
                    continue;
                pending.delete(key);
                running.set(key, Promise.resolve()
                    .then(() => task.run())
                    .then(() => {
                    done.add(key);
                    running.delete(key);
                }, (error) => {
                    failure ??= { error };
                    running.delete(key);
                }));
            }
        }
        if (running.size === 0) {
            if (failure)
                break;
            if (pending.size > 0) {
                throw new Error(`dependency cycle or missing dependency among: ${[...pending.keys()].join(', ')}`);
            }
            break;
        }
        await Promise.race(running.values());
    }
    if (failure)
        throw failure.error;
}

;// CONCATENATED MODULE: ./src/core/apply-passes.ts



/** The body of a change, where values known only after apply would appear. */
function payload(change) {
    switch (change.target) {
        case 'arm':
            return change.body ?? change.unknownBody;
        case 'helm':
            return change.values;
        case 'kubernetes':
            return change.manifest;
    }
}
/** Changes that can run now: known bodies, and nothing they depend on is waiting. */
function runnableChanges(changes) {
    const pending = changes.filter(c => c.action !== 'noop');
    const waiting = new Set(pending.filter(c => (0,plan/* hasUnknownValues */.nv)(payload(c))).map(c => (0,plan/* changeKey */.Cy)(c).toLowerCase()));
    let grew = true;
    while (grew) {
        grew = false;
        for (const c of pending) {
            const key = (0,plan/* changeKey */.Cy)(c).toLowerCase();
            if (!waiting.has(key) && (c.dependsOn ?? []).some(d => waiting.has(d.toLowerCase()))) {
                waiting.add(key);
                grew = true;
            }
        }
    }
    return pending.filter(c => !waiting.has((0,plan/* changeKey */.Cy)(c).toLowerCase()));
}
/**
 * Applies a plan as a dependency graph, independent changes at the same time. Changes whose
 * bodies need a value that only exists after an earlier change (an IP ARM or the cluster hands
 * out) wait for the next pass, which settles, re-reads and re-plans. Later passes re-check the
 * opt-ins, since a re-plan can show what the first plan could not know.
 */
async function applyInPasses(options) {
    const maxPasses = options.maxPasses ?? 4;
    let current = options.plan;
    for (let pass = 1; pass <= maxPasses; pass++) {
        const pending = current.changes.filter(c => c.action !== 'noop');
        if (pending.length === 0)
            return;
        if (pass > 1) {
            const blocked = (0,plan/* blockedChanges */.Q$)(current, options.allowed);
            if (blocked.length > 0) {
                throw new errors/* OptInRequiredError */.Uo(`${options.step}: after the first changes, the plan has ${blocked.map(b => `${(0,plan/* changeSubject */.Xg)(b.change)} (${b.flags.join(', ')})`).join('; ')}, which needs its opt-in input; nothing more was changed.`);
            }
        }
        const ready = runnableChanges(current.changes);
        if (ready.length === 0) {
            const unknown = pending
                .map(c => JSON.stringify(payload(c) ?? null).match(/<known after apply: [^>]*>/)?.[0])
                .filter((u) => u !== undefined);
            throw new errors/* ConvergenceError */.g7(`${options.step}: ${pending.map(plan/* changeSubject */.Xg).join(', ')} still need values that are not known (${[...new Set(unknown)].join(', ') || 'none'}); nothing more was changed.`);
        }
        await runGraph(ready.map(change => ({
            key: (0,plan/* changeKey */.Cy)(change),
            dependsOn: change.dependsOn ?? [],
            run: () => options.run(change),
        })));
        if (ready.length === pending.length && !options.replanAfterFullPass)
            return;
        await options.settle?.();
        current = await options.replan();
        if (current.changes.every(c => c.action === 'noop'))
            return;
    }
    throw new errors/* ConvergenceError */.g7(`${options.step}: the plan did not converge in ${maxPasses} passes; run the step again to see what is left.`);
}

;// CONCATENATED MODULE: ./src/core/arm-writes.ts

/** Which port method writes a resource, by its type in the ID (most specific first). */
const PUTS = [
    [
        /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/,
        (arm, id, b) => arm.putRoleAssignment(id, b),
    ],
    [
        /\/applicationgateways\/[^/]+\/privateendpointconnections\/[^/]+$/,
        (arm, id, b) => arm.putApplicationGatewayConnection(id, b),
    ],
    [
        /\/applicationgateways\/[^/]+$/,
        (arm, id, b, c) => arm.putApplicationGateway(id, b, ifMatchOf(c)),
    ],
    [
        /\/applicationgatewaywebapplicationfirewallpolicies\/[^/]+$/,
        (arm, id, b) => arm.putWafPolicy(id, b),
    ],
    [/\/managedclusters\/[^/]+$/, (arm, id, b, c) => arm.putManagedCluster(id, b, ifMatchOf(c))],
    [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id, b) => arm.putARecordSet(id, b)],
    [
        /\/privatelinkservices\/[^/]+\/privateendpointconnections\/[^/]+$/,
        (arm, id, b) => arm.putPrivateLinkServiceConnection(id, b),
    ],
    [/\/privatelinkservices\/[^/]+$/, (arm, id, b) => arm.putPrivateLinkService(id, b)],
    [/\/privateendpoints\/[^/]+$/, (arm, id, b) => arm.putPrivateEndpoint(id, b)],
    [/\/virtualnetworks\/[^/]+\/subnets\/[^/]+$/, (arm, id, b) => arm.putSubnet(id, b)],
    [/\/routetables\/[^/]+$/, (arm, id, b) => arm.putRouteTable(id, b)],
    [/\/publicipaddresses\/[^/]+$/, (arm, id, b) => arm.putPublicIpAddress(id, b)],
    [/\/rulecollectiongroups\/[^/]+$/, (arm, id, b) => arm.putRuleCollectionGroup(id, b)],
    [/\/firewallpolicies\/[^/]+$/, (arm, id, b) => arm.putFirewallPolicy(id, b)],
    [/\/azurefirewalls\/[^/]+$/, (arm, id, b) => arm.putAzureFirewall(id, b)],
];
function ifMatchOf(change) {
    return change.ifMatch === undefined ? {} : { ifMatch: change.ifMatch };
}
/** The resources a step may delete (only ones it created; the planner decides that). */
const DELETES = [
    [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id) => arm.deleteARecordSet(id)],
    [/\/privateendpoints\/[^/]+$/, (arm, id) => arm.deletePrivateEndpoint(id)],
];
/** Applies one planned ARM change through the port method for its resource type. */
async function applyArmChange(arm, change) {
    const type = change.resourceId.toLowerCase();
    if (change.action === 'delete') {
        const del = DELETES.find(([pattern]) => pattern.test(type));
        if (!del)
            throw new Error(`cannot delete ${(0,plan/* changeSubject */.Xg)(change)}: not a resource type steps delete`);
        return del[1](arm, change.resourceId);
    }
    const put = PUTS.find(([pattern]) => pattern.test(type));
    if (!put || change.body === undefined || change.action === 'noop') {
        throw new Error(`cannot apply ${change.action} of ${(0,plan/* changeSubject */.Xg)(change)}`);
    }
    await put[1](arm, change.resourceId, change.body, change);
}

// EXTERNAL MODULE: ./src/core/cluster.ts
var cluster = __nccwpck_require__(17113);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/plan.ts








const plan_STEP = provisionPrivateIngressManifest.name;
/** Subscription lists and FQDNs compare as sets: ARM may return them in another order or case. */
function sameSet(a, b) {
    const norm = (xs) => JSON.stringify([...new Set(xs.map(x => x.toLowerCase()))].sort());
    return norm(a) === norm(b);
}
function subscriptionsOf(value) {
    const subs = value?.subscriptions;
    return Array.isArray(subs) ? subs.map(String) : [];
}
function serviceIp(state) {
    return state.service?.loadBalancerIps[0];
}
function planRelease(spec, state) {
    const controller = controllerFor(spec);
    const desired = controller.release(spec, {
        ...internalLoadBalancerAnnotations(spec),
        ...privateLinkServiceAnnotations(spec),
    });
    const base = { target: 'helm', ...desired, flags: [] };
    const current = state.release;
    if (current === undefined) {
        return {
            ...base,
            action: 'install',
            reason: `install ${desired.chart} ${desired.version} behind an internal load balancer`,
        };
    }
    if (current.chartVersion === desired.version &&
        current.status === 'deployed' &&
        (0,json/* sameJson */.Vk)(current.values, desired.values)) {
        return {
            ...base,
            action: 'noop',
            reason: `release ${desired.release} runs chart ${desired.version} with the desired values`,
        };
    }
    const why = current.chartVersion !== desired.version
        ? `chart ${current.chartVersion ?? '?'} → ${desired.version}`
        : current.status !== 'deployed'
            ? `release is '${current.status}'`
            : 'values changed';
    return { ...base, action: 'upgrade', reason: `upgrade the controller (${why})` };
}
function frontendFor(state, ip) {
    const frontends = (0,core_network/* propertiesOf */.P1)(state.loadBalancer)['frontendIPConfigurations'];
    if (!Array.isArray(frontends) || ip === undefined)
        return undefined;
    const match = frontends.find(f => (0,core_network/* propertiesOf */.P1)(f)['privateIPAddress'] === ip);
    return (0,core_network/* stringValue */.r$)(match?.['id']);
}
function planPrivateLinkService(spec, state, location, releaseKey) {
    if (spec.privateLink !== 'arm' || !spec.plsSubnet)
        return [];
    const changes = [];
    if (!spec.offline && state.plsSubnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the subnet '${spec.plsSubnet.id}' does not exist or is not visible to this identity; check '${spec.inputNames['pls-subnet-id'] ?? 'pls-subnet-id'}'.`);
    }
    const subnet = planLinkSubnet(spec.plsSubnet, state.plsSubnet);
    changes.push(...subnet.changes);
    const subnetReady = subnet.ready;
    const frontend = frontendFor(state, serviceIp(state)) ??
        (0,plan/* knownAfterApply */.C1)('the internal load balancer frontend of the controller’s Service');
    const body = privateLinkServiceBody(spec, location, frontend);
    const dependsOn = [releaseKey, ...(subnetReady ? [] : [spec.plsSubnet.id])];
    const observed = state.pls;
    if (observed === undefined) {
        changes.push((0,plan/* armChange */.l6)(spec.plsId, 'create', 'publish the internal load balancer frontend through a Private Link Service', { body, dependsOn }));
        return changes;
    }
    const o = (0,core_network/* propertiesOf */.P1)(observed);
    const want = (0,core_network/* propertiesOf */.P1)(body);
    const frontends = (o['loadBalancerFrontendIpConfigurations'] ?? []);
    // NAT IPs can be added but never removed: more than asked for is as good as asked for.
    const same = frontends.length === 1 &&
        (0,core_network/* sameId */.s)((0,core_network/* referenceId */.VX)(frontends[0]), frontend) &&
        (o['ipConfigurations'] ?? []).length >= spec.natIpCount &&
        sameSet(subscriptionsOf(o['visibility']), spec.visibility) &&
        sameSet(subscriptionsOf(o['autoApproval']), spec.autoApproval) &&
        (o['enableProxyProtocol'] ?? false) === spec.proxyProtocol &&
        sameSet(Array.isArray(o['fqdns']) ? o['fqdns'].map(String) : [], spec.plsFqdns);
    if (same) {
        changes.push((0,plan/* armChange */.l6)(spec.plsId, 'noop', 'the Private Link Service publishes the controller as desired'));
        return changes;
    }
    if (observed['tags']?.[core_network/* MANAGED_BY_TAG */.dS] !== core_network/* MANAGED_BY_VALUE */.Q9) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: Private Link Service '${spec.plsId}' exists but was not created by this step; set '${spec.inputNames['pls-name'] ?? 'pls-name'}' to another name.`);
    }
    // NAT IPs can only be added, never removed, once in use: keep the existing ones.
    const existingNat = (o['ipConfigurations'] ?? []);
    const properties = (0,core_network/* propertiesOf */.P1)(body);
    const nat = existingNat.length >= spec.natIpCount
        ? existingNat.map(c => ({ name: c['name'], properties: { ...(0,core_network/* propertiesOf */.P1)(c) } }))
        : properties['ipConfigurations'];
    changes.push((0,plan/* armChange */.l6)(spec.plsId, 'update', 'set the Private Link Service’s frontend, NAT IPs, visibility and approvals', {
        body: { ...body, tags: observed['tags'], properties: { ...want, ipConfigurations: nat } },
        dependsOn,
    }));
    return changes;
}
function nginxOutputs(spec, state) {
    const endpoints = endpointOutputs(spec, state);
    return {
        'ingress-private-ip': serviceIp(state) ?? (0,plan/* knownAfterApply */.C1)('the controller’s internal load balancer IP'),
        'private-link-service-id': spec.privateLink === 'none' ? '' : spec.plsId,
        'private-link-service-alias': spec.privateLink === 'none'
            ? ''
            : ((0,core_network/* stringValue */.r$)((0,core_network/* propertiesOf */.P1)(state.pls)['alias']) ??
                (0,plan/* knownAfterApply */.C1)('the Private Link Service alias')),
        'private-endpoints': JSON.stringify(endpoints),
        'application-gateway-id': '',
        'waf-policy-id': '',
    };
}
/** The Private Link Service (or its placeholder) as the endpoints' link target. */
function nginxLinkTarget(spec, state, releaseKey) {
    const known = spec.privateLink === 'arm' || state.pls !== undefined;
    return {
        id: spec.plsId,
        name: spec.plsName,
        kind: 'Private Link Service',
        reference: known
            ? spec.plsId
            : (0,plan/* knownAfterApply */.C1)('the Private Link Service the cloud provider creates'),
        autoApproval: spec.autoApproval,
        body: state.pls,
        dependsOn: spec.privateLink === 'arm' ? [spec.plsId] : [releaseKey],
    };
}
/** `controller: nginx`, pure: the release first, then the Private Link Service, the endpoints. */
function planNginxIngress(spec, state) {
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${spec.inputNames['vnet-id'] ?? 'vnet-id'}'.`);
    }
    const release = planRelease(spec, state);
    const key = (0,plan/* changeKey */.Cy)(release);
    const changes = [
        release,
        ...planPrivateLinkService(spec, state, location, key),
        ...planEndpoints(spec, state, nginxLinkTarget(spec, state, key), location),
        ...planRecords(spec, state),
    ];
    const notice = controllerFor(spec).notice;
    return {
        step: plan_STEP,
        changes,
        outputs: nginxOutputs(spec, state),
        warnings: notice ? [notice] : [],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/apply.ts








const apply_STEP = 'provision-private-ingress';
const POLL_MS = 5000;
/** Applies one change: a Helm release, Kubernetes manifests, or an ARM write. */
async function runIngressChange(ctx, change) {
    ctx.log.info(`${change.action} ${(0,plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
    switch (change.target) {
        case 'helm':
            await ctx.kube.helmUpgradeInstall((0,cluster/* helmInstallOf */.d_)(change));
            return;
        case 'kubernetes':
            if (change.action !== 'apply') {
                throw new Error(`${apply_STEP}: cannot ${change.action} ${(0,plan/* changeSubject */.Xg)(change)}`);
            }
            await ctx.kube.applyManifests([change.manifest]);
            return;
        case 'arm':
            await applyArmChange(ctx.arm, change);
    }
}
/**
 * Looks until the probe reports done, logging what it waits for and the time left, sleeping
 * between looks; past the deadline it throws the probe's timeout error.
 */
async function waitUntil(ctx, deadline, probe) {
    for (;;) {
        const seen = await probe();
        if (seen.done) {
            ctx.log.info(seen.report);
            return;
        }
        const left = deadline - ctx.clock.now().getTime();
        if (left <= 0)
            throw seen.timeout();
        ctx.log.info(`waiting for ${seen.waitingFor} (${Math.ceil(left / 1000)} s left)`);
        await ctx.clock.sleep(Math.min(POLL_MS, left));
    }
}
/**
 * Waits, bounded by `wait-timeout`, for what the platform does after the release is applied:
 * the Service's private IP, and with `private-link: service` the Private Link Service the cloud
 * provider creates.
 */
async function settle(ctx, spec, deadline) {
    const svc = controllerFor(spec).service(spec);
    await waitUntil(ctx, deadline, async () => {
        const service = await ctx.kube.getService(svc.namespace, svc.name);
        const ip = service?.loadBalancerIps[0];
        const pls = ip && spec.privateLink === 'service'
            ? await ctx.arm.getPrivateLinkService(spec.plsId)
            : undefined;
        if (ip && (spec.privateLink !== 'service' || pls)) {
            return {
                done: true,
                report: `${svc.namespace}/${svc.name} has private IP ${ip}${pls ? ` and Private Link Service ${spec.plsName}` : ''}`,
            };
        }
        return {
            done: false,
            waitingFor: ip
                ? `Private Link Service ${spec.plsName}`
                : `the private IP of ${svc.namespace}/${svc.name}`,
            timeout: () => new errors/* PreconditionError */.Rb(ip
                ? `${apply_STEP}: the cloud provider did not create Private Link Service '${spec.plsId}' within ${spec.waitTimeoutMs / 1000} s. Check the Service's events (kubectl describe service -n ${svc.namespace} ${svc.name}) and the cluster identity's rights on the PLS subnet, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`
                : `${apply_STEP}: Service ${svc.namespace}/${svc.name} got no private IP within ${spec.waitTimeoutMs / 1000} s. Check its events (kubectl describe service -n ${svc.namespace} ${svc.name}): a taken or out-of-subnet '${spec.inputNames['load-balancer-ip'] ?? 'load-balancer-ip'}', or missing rights of the cluster identity on the subnet, are the usual causes.`),
        };
    });
}
/**
 * Applies a plan in passes (later passes see what earlier ones created), settling between
 * passes and once more at the end: the controller's IP or pod is awaited even when nothing
 * waited on it. One `wait-timeout` bounds all the waiting of the run.
 */
async function applyIngressPlan(ctx, spec, plan, options) {
    const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs;
    await applyInPasses({
        step: apply_STEP,
        plan,
        allowed: options.allowed,
        replanAfterFullPass: true,
        maxPasses: 5,
        run: options.run,
        settle: () => options.settle(deadline),
        replan: options.replan,
    });
    await options.settle(deadline);
}
/** `controller: nginx`: applies the plan, waiting for the Service's IP (and the cloud's PLS). */
function applyNginxIngress(ctx, spec, plan) {
    return applyIngressPlan(ctx, spec, plan, {
        allowed: new Set(),
        run: change => runIngressChange(ctx, change),
        settle: deadline => settle(ctx, spec, deadline),
        replan: async () => planNginxIngress(spec, await observeNginxIngress(ctx, spec)),
    });
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-apply.ts







const app_gateway_apply_STEP = 'provision-private-ingress';
/** Tries of a conditional write that another writer (AGIC) keeps beating. */
const IF_MATCH_TRIES = 3;
/**
 * A conditional write (`If-Match`) that ARM refuses with 412 lost a race with another writer,
 * usually AGIC rewriting the gateway: re-read, plan again (AGIC's new parts are then carried
 * along) and write that, a bounded number of times.
 */
async function runWithRetryOnConflict(ctx, spec, change) {
    let current = change;
    for (let attempt = 1;; attempt++) {
        try {
            await runIngressChange(ctx, current);
            return;
        }
        catch (error) {
            const conflict = error instanceof errors/* AzureRequestError */.ZQ &&
                error.status === 412 &&
                current.target === 'arm' &&
                current.ifMatch !== undefined;
            if (!conflict || attempt >= IF_MATCH_TRIES)
                throw error;
            ctx.log.info(`${(0,plan/* changeKey */.Cy)(current)} changed since it was read (another writer, such as AGIC); reading it again and planning the change anew (try ${attempt + 1} of ${IF_MATCH_TRIES})`);
            const replanned = planAppGateway(spec, await observeAppGateway(ctx, spec)).changes.find(c => (0,plan/* changeKey */.Cy)(c).toLowerCase() === (0,plan/* changeKey */.Cy)(current).toLowerCase());
            if (replanned === undefined || replanned.action === 'noop')
                return;
            current = replanned;
        }
    }
}
/** Waits, bounded by the run's deadline and with progress in the log, until AGIC is ready. */
async function waitForAgic(ctx, spec, deadline) {
    const ag = spec.appGateway;
    if (!ag)
        return;
    const { namespace, selector } = agicPods(ag);
    await waitUntil(ctx, deadline, async () => {
        const pods = await ctx.kube.listPods(namespace, selector);
        const ready = pods.filter(p => p.ready);
        if (ready.length > 0) {
            return {
                done: true,
                report: `AGIC is ready: ${ready.map(p => `${namespace}/${p.name}`).join(', ')}`,
            };
        }
        return {
            done: false,
            waitingFor: `AGIC (${pods.length === 0 ? 'no pod yet' : `${pods.length} pod(s), none ready`})`,
            timeout: () => new errors/* PreconditionError */.Rb(`${app_gateway_apply_STEP}: AGIC did not become ready within ${spec.waitTimeoutMs / 1000} s (no ready pod '${selector}' in ${namespace}). Check the pods' events and logs (kubectl -n ${namespace} describe pods -l ${selector}); missing roles of AGIC's identity${ag.agic.mode === 'helm' ? ` or a federated credential for system:serviceaccount:${ag.agic.namespace}:ingress-azure` : ''} are the usual causes, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`),
        };
    });
}
/**
 * `controller: application-gateway`: applies the plan in passes (the add-on's identity, and so
 * its role assignments, exist only after the add-on is enabled; endpoint connections only after
 * the endpoints), waiting for AGIC between passes, then once more at the end.
 */
function applyAppGateway(ctx, spec, plan) {
    return applyIngressPlan(ctx, spec, plan, {
        allowed: allowedIngressFlags(spec),
        run: change => runWithRetryOnConflict(ctx, spec, change),
        settle: deadline => waitForAgic(ctx, spec, deadline),
        replan: async () => planAppGateway(spec, await observeAppGateway(ctx, spec)),
    });
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/strategy.ts






/** The chart-based controller (NGINX) behind an internal load balancer and a Private Link Service. */
const internalLoadBalancer = {
    observe: observeNginxIngress,
    plan: planNginxIngress,
    apply: applyNginxIngress,
    outputs: nginxOutputs,
};
/** A WAF_v2 Application Gateway driven by AGIC, with its own Private Link configuration. */
const applicationGateway = {
    observe: observeAppGateway,
    plan: planAppGateway,
    apply: applyAppGateway,
    outputs: appGatewayOutputs,
};
function strategyFor(spec) {
    switch (spec.controller) {
        case 'nginx':
            return internalLoadBalancer;
        case 'application-gateway':
            return applicationGateway;
    }
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/index.ts






const provisionPrivateIngress = {
    manifest: provisionPrivateIngressManifest,
    parseSpec: parseProvisionPrivateIngressSpec,
    azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
    needsCluster: () => true,
    resolve: resolveProvisionPrivateIngress,
    observe: (ctx, spec) => strategyFor(spec).observe(ctx, spec),
    offlineState: offlineProvisionPrivateIngressState,
    plan: (spec, state) => strategyFor(spec).plan(spec, state),
    allowedFlags: allowedIngressFlags,
    optInInput: flag => OPT_IN_INPUTS[flag],
    apply: (ctx, spec, plan) => strategyFor(spec).apply(ctx, spec, plan),
    outputs: (spec, state) => strategyFor(spec).outputs(spec, state),
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(50334);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
