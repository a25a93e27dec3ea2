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
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/* unused harmony exports MODES, AZURE_INPUTS, RUN_INPUTS, CLUSTER_INPUTS */
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
/* harmony export */   bM: () => (/* binding */ formatResourceId)
/* harmony export */ });
/* unused harmony export resourceIdEquals */
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

/***/ 13661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ CONTAINER_SERVICE_API_VERSION),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
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
/* unused harmony exports PRIVATE_DNS_API_VERSION, apiVersionFor, SUBNET_WRITABLE_PROPERTIES */
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
/* harmony export */   nv: () => (/* binding */ hasUnknownValues)
/* harmony export */ });
/* unused harmony exports RISK_FLAGS, KNOWN_AFTER_APPLY_PREFIX, isKnownAfterApply, applyOrder, armChange */
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


/***/ }),

/***/ 66085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ TOOL_NAME),
  uC: () => (/* binding */ renderPlanJson),
  d$: () => (/* binding */ renderPlanMarkdown),
  $D: () => (/* binding */ renderPlanText)
});

// UNUSED EXPORTS: PLAN_SCHEMA_VERSION, countActions, planFileObject

;// CONCATENATED MODULE: ./src/core/json.ts
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

// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __nccwpck_require__(4620);
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
            .sort(([a], [b]) => compareCodeUnits(a, b));
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
    const noops = plan.changes.filter(core_plan/* isNoop */.X5).length;
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
        ...(0,core_plan/* displayOrder */.FX)(plan.changes).map(c => `| ${ACTION_MARK[c.action]} | \`${escapeCell((0,core_plan/* changeSubject */.Xg)(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`),
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
    return (0,core_plan/* displayOrder */.FX)(plan.changes).map(c => {
        const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : '';
        return `${ACTION_MARK[c.action].padEnd(11)} ${(0,core_plan/* changeSubject */.Xg)(c)}: ${c.reason}${flags}`;
    });
}


/***/ }),

/***/ 58163:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(78326);
/* harmony import */ var _hosts_github_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36771);
/* harmony import */ var _steps_configure_firewall_egress_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(47191);



await (0,_hosts_github_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runGithubStep */ .N)(_steps_configure_firewall_egress_index_js__WEBPACK_IMPORTED_MODULE_1__/* .configureFirewallEgress */ .E, _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAzure */ .y);

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

/***/ 36771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runGithubStep)
});

// UNUSED EXPORTS: githubHost

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
;// CONCATENATED MODULE: ./src/hosts/node-exec.ts

/** The Exec port over node:child_process: argv arrays, no shell, stdin piped. */
class NodeExec {
    run(tool, args, options = {}) {
        return new Promise(resolve => {
            const child = spawn(tool, [...args], {
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

// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __nccwpck_require__(4620);
// EXTERNAL MODULE: ./src/core/render.ts + 1 modules
var render = __nccwpck_require__(66085);
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
    const { resolveKubeconfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67598));
    const location = await resolveKubeconfig(input, {
        tempDir: host.tempDirectory,
        env: process.env,
    });
    const where = location.source === 'input-content' ? "the 'kubeconfig' input's content" : `'${location.path}'`;
    host.log.info(`${name}: cluster access through the kubeconfig ${where} (${location.source}).`);
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(456)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76456));
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
;// CONCATENATED MODULE: ./src/hosts/github/protocol.ts
/**
 * The GitHub runner's workflow-command and file-command protocol, as documented in
 * "Workflow commands for GitHub Actions". Written here rather than loaded from @actions/core
 * because importing @actions/core evaluates its HTTP client (undici) at start-up, which alone
 * costs about 3× a bare `node -e 0`; @actions/core is loaded only when an OIDC token is needed.
 */



/** Escapes a command's message (`%`, CR, LF), as the runner unescapes it. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value: the data escapes plus `:` and `,`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,key=value::message` */
function workflowCommand(name, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** The env var the runner sets for an input: `INPUT_` + name upper-cased, spaces as `_`. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** A `name<<delimiter` block for GITHUB_OUTPUT and GITHUB_STATE, safe for multi-line values. */
function fileCommandEntry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output '${name}' contains the delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function appendToFile(path, text) {
    (0,external_node_fs_.appendFileSync)(path, text, { encoding: 'utf8' });
}
function writeLine(line) {
    process.stdout.write(`${line}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./src/hosts/github/adapters.ts

/** GitHub inputs: the canonical id is the kebab-case action input name (`INPUT_CLUSTER-SUBNET-ID`). */
class GithubInputs {
    env;
    constructor(env = process.env) {
        this.env = env;
    }
    get(id) {
        // Values are never logged here (unlike toolkit debug helpers in other libraries).
        const value = this.env[inputVariable(id)]?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
}
class GithubLog {
    debug(message) {
        writeLine(workflowCommand('debug', message));
    }
    info(message) {
        writeLine(message);
    }
    warn(message) {
        writeLine(workflowCommand('warning', message));
    }
    error(message) {
        writeLine(workflowCommand('error', message));
    }
    async group(title, fn) {
        writeLine(workflowCommand('group', title));
        try {
            return await fn();
        }
        finally {
            writeLine(workflowCommand('endgroup', ''));
        }
    }
}
/** Outputs through the GITHUB_OUTPUT file command. */
class GithubOutputs {
    set(id, value) {
        const file = process.env['GITHUB_OUTPUT'];
        if (file) {
            appendToFile(file, fileCommandEntry(id, value));
        }
        else {
            // Runners older than the file commands (GHES < 3.8) still read the deprecated command.
            writeLine(workflowCommand('set-output', value, { name: id }));
        }
    }
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); nothing outside a runner. */
class GithubSummary {
    async write(markdown) {
        const file = process.env['GITHUB_STEP_SUMMARY'];
        if (file)
            appendToFile(file, `${markdown}\n`);
        return Promise.resolve();
    }
}
/** `::add-mask::`, line by line: the runner masks single lines. */
class GithubSecrets {
    mask(value) {
        for (const line of value.split(/\r?\n/)) {
            if (line.trim() !== '')
                writeLine(workflowCommand('add-mask', line.trim()));
        }
    }
}
/** Runs programs through @actions/exec, loaded on first use, silent so argv is not echoed. */
class GithubExec {
    async run(tool, args, options = {}) {
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 81260));
        try {
            const result = await getExecOutput(tool, [...args], {
                silent: true,
                ignoreReturnCode: true,
                ...(options.cwd ? { cwd: options.cwd } : {}),
                ...(options.env
                    ? { env: { ...process.env, ...options.env } }
                    : {}),
                // Always close stdin, as NodeExec does: a tool that would read it never waits.
                input: Buffer.from(options.stdin ?? '', 'utf8'),
            });
            return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
        }
        catch (error) {
            // @actions/exec throws when the tool is not on PATH; report it as the shell would.
            return {
                exitCode: 127,
                stdout: '',
                stderr: error instanceof Error ? error.message : String(error),
            };
        }
    }
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __nccwpck_require__(6879);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __nccwpck_require__(85772);
// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __nccwpck_require__(20681);
// EXTERNAL MODULE: ./src/core/inputs/choice.ts
var choice = __nccwpck_require__(13670);
;// CONCATENATED MODULE: ./src/hosts/cloud-inputs.ts




const parseCloudName = (0,choice/* parseChoice */.H)(common_inputs/* CLOUD_NAMES */.vD);
function parseHttpsUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.protocol !== 'https:')
            return (0,inputs_parsed/* fail */.f)('must be an https:// URL, like https://management.local.azurestack.external');
        return (0,inputs_parsed.ok)(url.toString().replace(/\/+$/, ''));
    }
    catch {
        return (0,inputs_parsed/* fail */.f)('must be an absolute https:// URL, like https://management.local.azurestack.external');
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

;// CONCATENATED MODULE: ./src/hosts/github/connection.ts




/** Entra tenant and client IDs are GUIDs, like subscription IDs; the message names which. */
function parseGuid(kind) {
    return raw => {
        const parsed = (0,azure_names/* parseSubscriptionId */.mU)(raw);
        return parsed.ok
            ? parsed
            : (0,inputs_parsed/* fail */.f)(`not a ${kind}; use the GUID, like 00000000-0000-0000-0000-000000000000`);
    };
}
/**
 * GitHub sign-in: OIDC through ClientAssertionCredential when `client-id` and `tenant-id` are
 * given (a fresh GitHub ID token per assertion), else the Azure CLI login of `azure/login`.
 */
function readGithubConnection(reader, common) {
    const cloud = readCloud(reader);
    const clientId = reader.optional('client-id', parseGuid('client ID (the application’s or identity’s GUID)'));
    const tenantId = reader.optional('tenant-id', parseGuid('tenant ID (the directory’s GUID, not its domain name)'));
    const audience = reader.optional('audience', raw => (0,inputs_parsed.ok)(raw));
    if (reader.isSet('client-id') !== reader.isSet('tenant-id')) {
        const missing = reader.isSet('client-id') ? 'tenant-id' : 'client-id';
        reader.problem(missing, undefined, `is required with '${reader.name(missing === 'client-id' ? 'tenant-id' : 'client-id')}' for OIDC sign-in.`);
    }
    if (common.offline || cloud === undefined)
        return undefined;
    if (clientId !== undefined && tenantId !== undefined) {
        const tokenAudience = audience ?? cloud.tokenExchangeAudience;
        return {
            cloud,
            credential: {
                kind: 'client-assertion',
                tenantId,
                clientId,
                // Loaded on first use: @actions/core brings an HTTP client that is slow to start.
                // getIDToken asks the runner for a fresh token each time and masks it.
                getAssertion: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57264))).getIDToken(tokenAudience),
            },
        };
    }
    return { cloud, credential: tenantId ? { kind: 'azure-cli', tenantId } : { kind: 'azure-cli' } };
}
function checkGithubOidc(connection) {
    if (connection.credential.kind !== 'client-assertion')
        return;
    if (!process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] ||
        !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
        throw new errors/* PreconditionError */.Rb("GitHub did not offer an OIDC token to this job, so 'client-id' sign-in cannot work. Add `permissions: id-token: write` to the job (or workflow), or drop 'client-id' and sign in with azure/login first.");
    }
}

;// CONCATENATED MODULE: ./src/hosts/github/run.ts






function githubHost() {
    const log = new GithubLog();
    const workingDirectory = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    return {
        kind: 'github',
        inputs: new GithubInputs(),
        log,
        outputs: new GithubOutputs(),
        summary: new GithubSummary(),
        secrets: new GithubSecrets(),
        exec: new GithubExec(),
        clock: systemClock,
        files: new NodeSecretFiles(workingDirectory),
        readAzureConnection: readGithubConnection,
        checkAzurePreconditions: checkGithubOidc,
        fail: message => {
            process.exitCode = 1;
            log.error(message);
        },
        succeed: () => undefined,
        workingDirectory,
        tempDirectory: process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(),
    };
}
/** The GitHub Actions entry: run one step with the runner's inputs and file commands. */
async function runGithubStep(step, loadAzure) {
    await runStep({ ...githubHost(), ...(loadAzure ? { loadAzure } : {}) }, step);
}


/***/ }),

/***/ 47191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ configureFirewallEgress)
});

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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __nccwpck_require__(4620);
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
    const waiting = new Set(pending.filter(c => (0,core_plan/* hasUnknownValues */.nv)(payload(c))).map(c => (0,core_plan/* changeKey */.Cy)(c).toLowerCase()));
    let grew = true;
    while (grew) {
        grew = false;
        for (const c of pending) {
            const key = (0,core_plan/* changeKey */.Cy)(c).toLowerCase();
            if (!waiting.has(key) && (c.dependsOn ?? []).some(d => waiting.has(d.toLowerCase()))) {
                waiting.add(key);
                grew = true;
            }
        }
    }
    return pending.filter(c => !waiting.has((0,core_plan/* changeKey */.Cy)(c).toLowerCase()));
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
            const blocked = (0,core_plan/* blockedChanges */.Q$)(current, options.allowed);
            if (blocked.length > 0) {
                throw new errors/* OptInRequiredError */.Uo(`${options.step}: after the first changes, the plan has ${blocked.map(b => `${(0,core_plan/* changeSubject */.Xg)(b.change)} (${b.flags.join(', ')})`).join('; ')}, which needs its opt-in input; nothing more was changed.`);
            }
        }
        const ready = runnableChanges(current.changes);
        if (ready.length === 0) {
            const unknown = pending
                .map(c => JSON.stringify(payload(c) ?? null).match(/<known after apply: [^>]*>/)?.[0])
                .filter((u) => u !== undefined);
            throw new errors/* ConvergenceError */.g7(`${options.step}: ${pending.map(core_plan/* changeSubject */.Xg).join(', ')} still need values that are not known (${[...new Set(unknown)].join(', ') || 'none'}); nothing more was changed.`);
        }
        await runGraph(ready.map(change => ({
            key: (0,core_plan/* changeKey */.Cy)(change),
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
            throw new Error(`cannot delete ${(0,core_plan/* changeSubject */.Xg)(change)}: not a resource type steps delete`);
        return del[1](arm, change.resourceId);
    }
    const put = PUTS.find(([pattern]) => pattern.test(type));
    if (!put || change.body === undefined || change.action === 'noop') {
        throw new Error(`cannot apply ${change.action} of ${(0,core_plan/* changeSubject */.Xg)(change)}`);
    }
    await put[1](arm, change.resourceId, change.body, change);
}

// EXTERNAL MODULE: ./src/core/network.ts
var network = __nccwpck_require__(13661);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/observe.ts


const STEP = 'configure-firewall-egress';
function ruleCollectionGroupId(policyId, name) {
    return `${policyId}/ruleCollectionGroups/${name}`;
}
/** The public IP of a firewall's first IP configuration that has one. */
function firewallPublicIpId(firewall) {
    const configs = (0,network/* propertiesOf */.P1)(firewall)['ipConfigurations'];
    if (!Array.isArray(configs))
        return undefined;
    for (const config of configs) {
        const id = (0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(config)['publicIPAddress']);
        if (id)
            return id;
    }
    return undefined;
}
async function observeHubFirewall(ctx, spec, firewallId) {
    const firewall = await ctx.arm.getAzureFirewall(firewallId);
    if (firewall === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the hub firewall '${firewallId}' does not exist or is not visible to this identity. Check '${spec.inputNames['firewall-id'] ?? 'firewall-id'}' and that the identity has Reader on it.`);
    }
    const policyId = (0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(firewall)['firewallPolicy']);
    if (policyId === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the hub firewall '${firewallId}' uses classic rules, not a Firewall Policy. The step adds a rule collection group to a policy: migrate the firewall to a Firewall Policy first.`);
    }
    return { firewall, policyId, publicIpId: firewallPublicIpId(firewall) };
}
/**
 * The firewall's public IP. A hub's public IP may sit where the identity has no read access:
 * then the /32 route is left out with a warning instead of failing the run.
 */
async function readPublicIp(ctx, spec, id) {
    try {
        return await ctx.arm.getPublicIpAddress(id);
    }
    catch (error) {
        const status = error.status;
        if (spec.firewall.kind === 'hub' && status === 403) {
            ctx.log.warn(`${STEP}: no read access to the hub firewall's public IP '${id}', so its /32 route to the Internet is left out. Grant Reader on it to add the route.`);
            return undefined;
        }
        throw error;
    }
}
/**
 * Reads everything the plan compares, once each, independent reads at the same time. In hub
 * mode the firewall is read first, since it names the policy and public IP.
 */
async function observeConfigureFirewallEgress(ctx, spec) {
    const arm = ctx.arm;
    const vnetId = spec.clusterSubnet.parent?.id;
    const hub = spec.firewall.kind === 'hub'
        ? await observeHubFirewall(ctx, spec, spec.firewall.firewallId)
        : undefined;
    const target = spec.firewall;
    const policyId = target.kind === 'create' ? target.policyId : hub?.policyId;
    const publicIpId = target.kind === 'create' ? target.publicIpId : hub?.publicIpId;
    const none = Promise.resolve(undefined);
    const [vnet, clusterSubnet, publicIp, managementPublicIp, firewall, policy, rcg, routeTable] = await Promise.all([
        vnetId !== undefined ? arm.getVirtualNetwork(vnetId) : none,
        arm.getSubnet(spec.clusterSubnet.id),
        publicIpId ? readPublicIp(ctx, spec, publicIpId) : none,
        target.kind === 'create' && target.managementPublicIpId
            ? arm.getPublicIpAddress(target.managementPublicIpId)
            : none,
        target.kind === 'create'
            ? arm.getAzureFirewall(target.firewallId)
            : Promise.resolve(hub?.firewall),
        policyId ? arm.getFirewallPolicy(policyId) : none,
        policyId
            ? arm.getRuleCollectionGroup(ruleCollectionGroupId(policyId, spec.ruleCollectionGroupName))
            : none,
        arm.getRouteTable(spec.routeTableId),
    ]);
    if (clusterSubnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the cluster subnet '${spec.clusterSubnet.id}' does not exist or is not visible to this identity. Check '${spec.inputNames['cluster-subnet-id'] ?? 'cluster-subnet-id'}' and that the identity has Reader on the virtual network.`);
    }
    const location = vnet?.['location'];
    return {
        vnetLocation: typeof location === 'string' ? location : undefined,
        clusterSubnet,
        publicIp,
        managementPublicIp,
        firewall,
        policyId,
        policy,
        ruleCollectionGroup: rcg,
        routeTable,
    };
}
function offlineConfigureFirewallEgressState() {
    return {
        vnetLocation: undefined,
        clusterSubnet: undefined,
        publicIp: undefined,
        managementPublicIp: undefined,
        firewall: undefined,
        policyId: undefined,
        policy: undefined,
        ruleCollectionGroup: undefined,
        routeTable: undefined,
    };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/opt-ins.ts
/** The input that opts into each risk flag this step can raise. */
const OPT_IN_INPUTS = {
    'widens-egress': 'allow-egress-changes',
    'replaces-resource': 'allow-route-table-replacement',
};
function allowedEgressFlags(spec) {
    return new Set([
        ...(spec.allowEgressChanges ? ['widens-egress'] : []),
        ...(spec.allowRouteTableReplacement ? ['replaces-resource'] : []),
    ]);
}

// EXTERNAL MODULE: ./src/core/inputs/choice.ts
var choice = __nccwpck_require__(13670);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __nccwpck_require__(85772);
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

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/aks-egress-rules.ts
/**
 * The AKS egress rules as Azure Firewall Policy rule collections, in ARM's wire format
 * (Microsoft.Network api-version 2026-01-01, `FirewallPolicyRuleCollectionGroup.properties.
 * ruleCollections`). Pure data: every FQDN, port and service tag comes from the project's
 * reference, `shared/reference/aks-networking.md` section 5 (5.1-5.9, 5.12, 5.13), which
 * copies `aks-docs:outbound-rules-control-egress.md` (ms.date 2026-06-18).
 */



const OPTIONAL_GROUPS = [
    'ubuntu-updates',
    'gpu',
    'windows',
    'azure-monitor',
    'defender',
    'azure-policy',
    'key-vault',
    'workload-identity',
    'cost-analysis',
    'cluster-extensions',
];
const AKS_REQUIRED_APPLICATION_COLLECTION = 'aks-required-application';
const AKS_REQUIRED_NETWORK_COLLECTION = 'aks-required-network';
const AKS_OPTIONAL_GROUPS_COLLECTION = 'aks-optional-groups';
const AKS_OPTIONAL_NETWORK_COLLECTION = 'aks-optional-network';
/** The priority of each collection this module builds (100-65000, unique in the group). */
const AKS_COLLECTION_PRIORITIES = {
    [AKS_REQUIRED_APPLICATION_COLLECTION]: 200,
    [AKS_REQUIRED_NETWORK_COLLECTION]: 210,
    [AKS_OPTIONAL_GROUPS_COLLECTION]: 220,
    [AKS_OPTIONAL_NETWORK_COLLECTION]: 230,
};
/**
 * True for the collections this module builds (required and optional-group ones), ignoring
 * case as ARM names do; false for the user's extra ones and anything else.
 */
function isAksRequiredCollection(name) {
    return Object.hasOwn(AKS_COLLECTION_PRIORITIES, name.toLowerCase());
}
/**
 * Parses the optional-groups input: a newline or comma separated list, matched ignoring case.
 * The result has no duplicates and follows OPTIONAL_GROUPS order.
 */
const parseOptionalGroups = raw => {
    const parsed = parseListOf(raw, (0,choice/* parseChoice */.H)(OPTIONAL_GROUPS));
    if (!parsed.ok)
        return parsed;
    return (0,inputs_parsed.ok)(OPTIONAL_GROUPS.filter(group => parsed.value.includes(group)));
};
/** Builds the AKS rule collections, in priority order; empty collections are left out. */
function aksEgressRuleCollections(options) {
    if (options.sourceAddresses.length === 0) {
        throw new Error('aksEgressRuleCollections: sourceAddresses must not be empty');
    }
    const warnings = [];
    const optional = optionalGroupRules(options, warnings);
    const collections = [
        aksCollection(AKS_REQUIRED_APPLICATION_COLLECTION, requiredApplicationRules(options)),
        aksCollection(AKS_REQUIRED_NETWORK_COLLECTION, requiredNetworkRules(options, warnings)),
        aksCollection(AKS_OPTIONAL_GROUPS_COLLECTION, optional.application),
        aksCollection(AKS_OPTIONAL_NETWORK_COLLECTION, optional.network),
    ];
    return { ruleCollections: collections.filter(c => c.rules.length > 0), warnings };
}
// --- Required rules (5.1-5.4, 5.9, 5.12, 5.13) ---------------------------------------------
const HTTPS_443 = { protocolType: 'Https', port: 443 };
const HTTP_80 = { protocolType: 'Http', port: 80 };
/** 5.2 (Azure Global), 5.3 (21Vianet), 5.4 (US Government); all HTTPS:443. */
const REQUIRED_FQDNS = {
    AzureCloud: {
        tunnel: ['*.hcp.{location}.azmk8s.io'],
        other: [
            'mcr.microsoft.com',
            '*.data.mcr.microsoft.com',
            'mcr-0001.mcr-msedge.net',
            'management.azure.com',
            'login.microsoftonline.com',
            'packages.microsoft.com',
            'acs-mirror.azureedge.net',
            'packages.aks.azure.com',
        ],
    },
    AzureChinaCloud: {
        tunnel: [
            '*.hcp.{location}.cx.prod.service.azk8s.cn',
            '*.tun.{location}.cx.prod.service.azk8s.cn',
        ],
        other: [
            'mcr.microsoft.com',
            '*.data.mcr.microsoft.com',
            'management.chinacloudapi.cn',
            'login.chinacloudapi.cn',
            'packages.microsoft.com',
            '*.azk8s.cn',
            'mcr.azure.cn',
            '*.data.mcr.azure.cn',
        ],
    },
    AzureUSGovernment: {
        tunnel: ['*.hcp.{location}.cx.aks.containerservice.azure.us'],
        other: [
            'mcr.microsoft.com',
            '*.data.mcr.microsoft.com',
            'management.usgovcloudapi.net',
            'login.microsoftonline.us',
            'packages.microsoft.com',
            'acs-mirror.azureedge.net',
            'packages.aks.azure.com',
        ],
    },
};
function requiredApplicationRules(options) {
    const fqdns = REQUIRED_FQDNS[options.cloud];
    // The reference says the public cloud's `*.hcp.<location>.azmk8s.io` isn't needed for private
    // clusters (their nodes reach the API server over the private path). It gives no private
    // exemption for 21Vianet or US Government; we apply the same reasoning there and drop their
    // tunnel FQDNs (`*.hcp.…` and China's `*.tun.…`) for private clusters too.
    const tunnel = options.privateCluster ? [] : fqdns.tunnel;
    return [
        // 5.9: the AKS tutorial's FQDN-tag rule uses http=80 and https=443.
        applicationRule(options, 'aks-fqdn-tag', [HTTP_80, HTTPS_443], {
            fqdnTags: ['AzureKubernetesService'],
        }),
        applicationRule(options, 'aks-required-fqdns', [HTTPS_443], {
            targetFqdns: [...tunnel, ...fqdns.other].map(fqdn => atLocation(fqdn, options.location)),
        }),
    ];
}
function requiredNetworkRules(options, warnings) {
    const rules = [];
    if (!options.privateCluster) {
        // 5.1 / 5.3 / 5.4: the node to control-plane tunnel, to the region's AzureCloud service tag.
        const regionTag = [`AzureCloud.${options.location}`];
        rules.push(networkRule(options, 'aks-tunnel-udp-1194', ['UDP'], { destinationAddresses: regionTag }, [
            '1194',
        ]), networkRule(options, 'aks-tunnel-tcp-9000', ['TCP'], { destinationAddresses: regionTag }, [
            '9000',
        ]));
        if (options.cloud === 'AzureChinaCloud') {
            rules.push(networkRule(options, 'aks-tunnel-tcp-22', ['TCP'], { destinationAddresses: regionTag }, [
                '22',
            ]));
        }
    }
    if (options.tier === 'Basic') {
        warnings.push("Left out the NTP rule (UDP 123 to ntp.ubuntu.com): Azure Firewall Basic has no DNS proxy, so its network rules can't use FQDNs. Nodes provisioned after March 2021 don't need it; for older Linux nodes add a network rule for UDP 123 to an address destination (for example '*') in your extra network rules.");
    }
    else {
        rules.push(networkRule(options, 'aks-ntp', ['UDP'], { destinationFqdns: ['ntp.ubuntu.com'] }, ['123']));
    }
    if (options.apiServerIp !== undefined) {
        rules.push(networkRule(options, 'aks-api-server', ['TCP'], { destinationAddresses: [options.apiServerIp] }, ['443']));
        warnings.push(options.privateCluster
            ? "Added the API server rule (TCP 443 to the given API server IP) although private clusters don't need it."
            : 'The API server IP can change during announced maintenance; update the API server rule when it does.');
    }
    if (options.customDnsServers.length > 0) {
        rules.push(networkRule(options, 'aks-custom-dns', ['UDP', 'TCP'], { destinationAddresses: [...options.customDnsServers] }, ['53']));
    }
    return rules;
}
function everyCloud(fqdns) {
    return { AzureCloud: fqdns, AzureUSGovernment: fqdns, AzureChinaCloud: fqdns };
}
const OPTIONAL_GROUP_FQDNS = {
    // 5.5: listed once, not per cloud.
    'ubuntu-updates': everyCloud({
        http: ['security.ubuntu.com', 'azure.archive.ubuntu.com', 'changelogs.ubuntu.com'],
        https: ['snapshot.ubuntu.com'],
    }),
    // 5.6: listed once, not per cloud.
    gpu: everyCloud({ https: ['nvidia.github.io', 'us.download.nvidia.com', 'download.docker.com'] }),
    // 5.7: listed once, not per cloud.
    windows: everyCloud({
        http: ['*.mp.microsoft.com', 'www.msftconnecttest.com', 'ctldl.windowsupdate.com'],
        https: ['onegetcdn.azureedge.net', 'go.microsoft.com'],
    }),
    'azure-monitor': {
        AzureCloud: {
            https: [
                '*.ods.opinsights.azure.com',
                '*.oms.opinsights.azure.com',
                'dc.services.visualstudio.com',
                '*.in.applicationinsights.azure.com',
                '*.monitoring.azure.com',
                'login.microsoftonline.com',
                'global.handler.control.monitor.azure.com',
                '*.ingest.monitor.azure.com',
                '*.metrics.ingest.monitor.azure.com',
                '{location}.handler.control.monitor.azure.com',
            ],
        },
        AzureChinaCloud: {
            https: [
                '*.ods.opinsights.azure.cn',
                '*.oms.opinsights.azure.cn',
                'dc.services.visualstudio.com',
                '*.in.applicationinsights.azure.com',
                'global.handler.control.monitor.azure.cn',
                '{location}.handler.control.monitor.azure.cn',
                '*.ingest.monitor.azure.cn',
                '*.metrics.ingest.monitor.azure.cn',
            ],
        },
        AzureUSGovernment: {
            https: [
                '*.ods.opinsights.azure.us',
                '*.oms.opinsights.azure.us',
                'dc.services.visualstudio.com',
                '*.in.applicationinsights.azure.com',
                'global.handler.control.monitor.azure.us',
                '{location}.handler.control.monitor.azure.us',
                '*.ingest.monitor.azure.us',
                '*.metrics.ingest.monitor.azure.us',
            ],
        },
    },
    // The `*.cloud.defender.microsoft.com` row gives one value, not one per cloud: used for all.
    // No 21Vianet entry: Defender for Containers there retired on 2026-08-18 (see DEFENDER_CHINA).
    defender: {
        AzureCloud: {
            https: [
                'login.microsoftonline.com',
                '*.ods.opinsights.azure.com',
                '*.oms.opinsights.azure.com',
                '*.cloud.defender.microsoft.com',
            ],
        },
        AzureUSGovernment: {
            https: [
                'login.microsoftonline.us',
                '*.ods.opinsights.azure.us',
                '*.oms.opinsights.azure.us',
                '*.cloud.defender.microsoft.com',
            ],
        },
    },
    'azure-policy': {
        AzureCloud: {
            https: [
                'data.policy.core.windows.net',
                'store.policy.core.windows.net',
                'dc.services.visualstudio.com',
            ],
        },
        AzureChinaCloud: { https: ['data.policy.azure.cn', 'store.policy.azure.cn'] },
        AzureUSGovernment: { https: ['data.policy.azure.us', 'store.policy.azure.us'] },
    },
    // The public entry is listed as `vault.azure.net` without a wildcard, while vaults are
    // `<name>.vault.azure.net`: keep the listed name and add the wildcard, as Gov's entry has.
    'key-vault': {
        AzureCloud: { https: ['vault.azure.net', '*.vault.azure.net'] },
        AzureUSGovernment: { https: ['*.vault.usgovcloudapi.net'] },
    },
    'workload-identity': {
        AzureCloud: { https: ['login.microsoftonline.com'] },
        AzureChinaCloud: { https: ['login.chinacloudapi.cn'] },
        AzureUSGovernment: { https: ['login.microsoftonline.us'] },
    },
    'cost-analysis': {
        AzureCloud: { https: ['management.azure.com', 'login.microsoftonline.com'] },
        AzureChinaCloud: { https: ['management.chinacloudapi.cn', 'login.microsoftonline.cn'] },
        AzureUSGovernment: { https: ['management.usgovcloudapi.net', 'login.microsoftonline.us'] },
    },
    'cluster-extensions': {
        AzureCloud: {
            https: [
                '{location}.dp.kubernetesconfiguration.azure.com',
                'mcr.microsoft.com',
                '*.data.mcr.microsoft.com',
                'arcmktplaceprod.azurecr.io',
                'arcmktplaceprod.centralindia.data.azurecr.io',
                'arcmktplaceprod.japaneast.data.azurecr.io',
                'arcmktplaceprod.westus2.data.azurecr.io',
                'arcmktplaceprod.westeurope.data.azurecr.io',
                'arcmktplaceprod.eastus.data.azurecr.io',
                '*.ingestion.msftcloudes.com',
                '*.microsoftmetrics.com',
                'marketplaceapi.microsoft.com',
            ],
        },
        AzureUSGovernment: {
            https: [
                '{location}.dp.kubernetesconfiguration.azure.us',
                'mcr.microsoft.com',
                '*.data.mcr.microsoft.com',
            ],
        },
    },
};
const DEFENDER_CHINA = "Left out the 'defender' rules: Microsoft Defender for Containers in Microsoft Azure operated by 21Vianet retired on 2026-08-18 (no new onboarding since 2025-08-18).";
/** 5.8: Azure Monitor also needs TCP 443 to the AzureMonitor service tag. */
const AZURE_MONITOR_TAG = 'AzureMonitor';
function optionalGroupRules(options, warnings) {
    const application = [];
    const network = [];
    for (const group of OPTIONAL_GROUPS.filter(g => options.optionalGroups.includes(g))) {
        const fqdns = OPTIONAL_GROUP_FQDNS[group][options.cloud];
        if (fqdns === undefined) {
            warnings.push(group === 'defender' && options.cloud === 'AzureChinaCloud'
                ? DEFENDER_CHINA
                : `Left out the '${group}' rules: the AKS egress reference lists no FQDNs for ${options.cloud}. Add what the feature needs as extra application rules.`);
            continue;
        }
        const http = (fqdns.http ?? []).map(fqdn => atLocation(fqdn, options.location));
        const https = (fqdns.https ?? []).map(fqdn => atLocation(fqdn, options.location));
        const mixed = http.length > 0 && https.length > 0;
        if (http.length > 0) {
            const name = mixed ? `${group}-http` : group;
            application.push(applicationRule(options, name, [HTTP_80], { targetFqdns: http }));
        }
        if (https.length > 0) {
            const name = mixed ? `${group}-https` : group;
            application.push(applicationRule(options, name, [HTTPS_443], { targetFqdns: https }));
        }
        if (group === 'azure-monitor') {
            network.push(networkRule(options, group, ['TCP'], { destinationAddresses: [AZURE_MONITOR_TAG] }, [
                '443',
            ]));
        }
    }
    return { application, network };
}
// --- Builders --------------------------------------------------------------------------------
function aksCollection(name, rules) {
    return allowCollection(name, AKS_COLLECTION_PRIORITIES[name], rules);
}
/** A filter rule collection that allows `rules`. Exported for extra-rules.ts. */
function allowCollection(name, priority, rules) {
    return {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name,
        priority,
        action: { type: 'Allow' },
        rules,
    };
}
function applicationRule(options, name, protocols, target) {
    return {
        ruleType: 'ApplicationRule',
        name,
        sourceAddresses: [...options.sourceAddresses],
        protocols: protocols.map(p => ({ ...p })),
        ...target,
    };
}
function networkRule(options, name, ipProtocols, destination, destinationPorts) {
    return {
        ruleType: 'NetworkRule',
        name,
        ipProtocols,
        sourceAddresses: [...options.sourceAddresses],
        ...destination,
        destinationPorts,
    };
}
function atLocation(fqdn, location) {
    return fqdn.replace('{location}', location);
}

;// CONCATENATED MODULE: ./src/core/inputs/ipv4.ts

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1';
/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
function parseIpv4(raw) {
    if (raw.includes('/'))
        return (0,inputs_parsed/* fail */.f)(`a CIDR range, not a single address; ${ACCEPTED}`);
    const octets = raw.split('.');
    if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
        return (0,inputs_parsed/* fail */.f)(`not an IPv4 address; ${ACCEPTED}`);
    }
    const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'));
    if (leadingZero !== undefined) {
        return (0,inputs_parsed/* fail */.f)(`octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ACCEPTED}`);
    }
    const tooLarge = octets.find(octet => Number(octet) > 255);
    if (tooLarge !== undefined)
        return (0,inputs_parsed/* fail */.f)(`octet '${tooLarge}' is above 255; ${ACCEPTED}`);
    return (0,inputs_parsed.ok)(raw);
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
;// CONCATENATED MODULE: ./src/core/inputs/ipv6.ts


const ipv6_ACCEPTED = 'use an IPv6 address like fd00::1';
/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
function parseIpv6(raw) {
    if (raw.includes('/'))
        return (0,inputs_parsed/* fail */.f)(`a CIDR range, not a single address; ${ipv6_ACCEPTED}`);
    if (raw.includes('%'))
        return (0,inputs_parsed/* fail */.f)(`zone indexes ('%') are not accepted; ${ipv6_ACCEPTED}`);
    if (!(0,external_node_net_.isIPv6)(raw))
        return (0,inputs_parsed/* fail */.f)(`not an IPv6 address; ${ipv6_ACCEPTED}`);
    return (0,inputs_parsed.ok)(bigIntToIpv6(ipv6ToBigInt(raw)));
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
            return (0,inputs_parsed/* fail */.f)(`missing the prefix length; write ${raw}/32 for one address, or ${cidr_ACCEPTED}`);
        const v6 = parseIpv6(raw);
        if (v6.ok)
            return (0,inputs_parsed/* fail */.f)(`missing the prefix length; write ${v6.value}/128 for one address, or ${cidr_ACCEPTED}`);
        return (0,inputs_parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    }
    if (parts.length > 2)
        return (0,inputs_parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    const version = addressText.includes(':') ? 6 : 4;
    const parsedAddress = version === 4 ? parseIpv4(addressText) : parseIpv6(addressText);
    if (!parsedAddress.ok)
        return (0,inputs_parsed/* fail */.f)(`not a CIDR range; ${cidr_ACCEPTED}`);
    const bits = version === 4 ? 32 : 128;
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
        return (0,inputs_parsed/* fail */.f)(`the prefix length must be a whole number from 0 to ${bits}; ${cidr_ACCEPTED}`);
    }
    const prefixLength = Number(prefixText);
    const value = toBigInt(parsedAddress.value, version);
    const network = value & mask(prefixLength, bits);
    const address = fromBigInt(network, version);
    const text = `${address}/${prefixLength}`;
    if (network !== value)
        return (0,inputs_parsed/* fail */.f)(`host bits are set; did you mean ${text}?`);
    return (0,inputs_parsed.ok)({ address, prefixLength, version, text });
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
            return options.allowStar === true ? (0,inputs_parsed.ok)(name) : (0,inputs_parsed/* fail */.f)(`'*' is not accepted here; ${accepted}`);
        }
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(name);
        if (scheme !== null) {
            return (0,inputs_parsed/* fail */.f)(`a URL, not a host name; drop '${scheme[0]}' and any path, and ${accepted}`);
        }
        if (name.includes('/'))
            return (0,inputs_parsed/* fail */.f)(`contains a path; drop it and ${accepted}`);
        if ((0,external_node_net_.isIP)(name) !== 0 || (0,external_node_net_.isIP)(name.replace(/^\[|\]$/g, '')) !== 0) {
            return (0,inputs_parsed/* fail */.f)(`an IP address, not a host name; ${accepted}`);
        }
        if (/:[0-9]*$/.test(name))
            return (0,inputs_parsed/* fail */.f)(`contains a port; drop it and ${accepted}`);
        if (name.endsWith('.'))
            return (0,inputs_parsed/* fail */.f)(`ends with a dot; drop it and ${accepted}`);
        if (/[^\x20-\x7e]/.test(name)) {
            return (0,inputs_parsed/* fail */.f)(`contains non-ASCII characters; use the punycode (xn--) form and ${accepted}`);
        }
        const isWildcard = name.startsWith('*.');
        const base = isWildcard ? name.slice(2) : name;
        if (base.includes('*')) {
            const rule = options.allowWildcard === true
                ? 'only one leading *. label is allowed'
                : 'wildcards are not accepted here';
            return (0,inputs_parsed/* fail */.f)(`${rule}; ${accepted}`);
        }
        if (isWildcard && options.allowWildcard !== true) {
            return (0,inputs_parsed/* fail */.f)(`wildcards are not accepted here; ${accepted}`);
        }
        if (name.length > MAX_LENGTH)
            return (0,inputs_parsed/* fail */.f)(`longer than ${MAX_LENGTH} characters; ${accepted}`);
        const labels = base.split('.');
        if (labels.length < 2)
            return (0,inputs_parsed/* fail */.f)(`needs at least two labels, like example.com; ${accepted}`);
        const badLabel = labels.find(label => !LABEL.test(label));
        if (badLabel !== undefined)
            return (0,inputs_parsed/* fail */.f)(`${describeBadLabel(badLabel)}; ${accepted}`);
        if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) {
            return (0,inputs_parsed/* fail */.f)(`the last label is all digits; ${accepted}`);
        }
        return (0,inputs_parsed.ok)(name);
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
        return ok(checked.value);
    const messages = problems.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
    return fail(messages.join('; '));
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
var inputs_structured = __nccwpck_require__(16126);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/extra-rules.ts
/**
 * The user's own firewall rules, given as YAML or JSON inputs, and the rule collections built
 * from them (`custom-application`, `custom-network`), in ARM's wire format (2026-01-01).
 *
 *   extra-application-rules:          extra-network-rules:
 *     - name: github                    - name: ntp-any
 *       fqdns: [github.com]               protocols: [UDP]
 *       protocols: ['https:443']          destination-addresses: ['*']
 *       source-addresses: [10.0.0.0/24]   destination-ports: ['123']
 */









const CUSTOM_APPLICATION_COLLECTION = 'custom-application';
const CUSTOM_APPLICATION_PRIORITY = 300;
const CUSTOM_NETWORK_COLLECTION = 'custom-network';
const CUSTOM_NETWORK_PRIORITY = 310;
// --- Item parsers ------------------------------------------------------------------------------
const RULE_NAME = {
    regex: /^[A-Za-z0-9._-]{1,80}$/,
    description: "1 to 80 letters, digits, '-', '_' or '.'",
};
const APP_PROTOCOLS = { http: 'Http', https: 'Https', mssql: 'Mssql' };
const DEFAULT_APP_PORTS = { Http: 80, Https: 443, Mssql: 1433 };
/** ARM's FirewallPolicyRuleApplicationProtocol.port maximum (the spec says 0-64000). */
const MAX_APP_PORT = 64000;
const APP_PROTOCOL_ACCEPTED = `use protocol:port with protocol http, https or mssql and a port from 1 to ${MAX_APP_PORT}, like https:443`;
/** `https:443`, `http:80`, `mssql:1433`; a bare protocol takes its usual port. */
const parseApplicationProtocol = raw => {
    const match = /^([a-z]+)(?::([0-9]+))?$/i.exec(raw);
    const name = match?.[1]?.toLowerCase();
    const protocolType = name !== undefined && Object.hasOwn(APP_PROTOCOLS, name)
        ? APP_PROTOCOLS[name]
        : undefined;
    if (match === null || protocolType === undefined) {
        return (0,inputs_parsed/* fail */.f)(`not an application protocol; ${APP_PROTOCOL_ACCEPTED}`);
    }
    const portText = match[2];
    if (portText === undefined)
        return (0,inputs_parsed.ok)({ protocolType, port: DEFAULT_APP_PORTS[protocolType] });
    const port = /^[1-9][0-9]{0,4}$/.test(portText) ? Number(portText) : 0;
    if (port < 1 || port > MAX_APP_PORT) {
        return (0,inputs_parsed/* fail */.f)(`the port must be from 1 to ${MAX_APP_PORT}; ${APP_PROTOCOL_ACCEPTED}`);
    }
    return (0,inputs_parsed.ok)({ protocolType, port });
};
const ADDRESS_ACCEPTED = 'use an IP address like 10.0.0.4, a CIDR range like 10.0.0.0/24, or *';
const DESTINATION_ACCEPTED = 'use an IP address like 10.0.0.4, a CIDR range like 10.0.0.0/24, a service tag like AzureCloud.westeurope, or *';
/** A service tag: `AzureMonitor`, `AzureCloud.westeurope`, `Storage.WestEurope`. */
const SERVICE_TAG = /^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?$/;
/** An IP address, a CIDR range (host bits zero, canonical form), `*`, or with tags a service tag. */
function parseAddress(options) {
    const accepted = options.serviceTags ? DESTINATION_ACCEPTED : ADDRESS_ACCEPTED;
    return raw => {
        if (raw === '*')
            return (0,inputs_parsed.ok)(raw);
        if (raw.includes('/') && !raw.includes('://')) {
            const cidr = parseCidr(raw);
            return cidr.ok ? (0,inputs_parsed.ok)(cidr.value.text) : (0,inputs_parsed/* fail */.f)(cidr.message);
        }
        if (/^[0-9]/.test(raw) || /^[0-9a-f]*:[0-9a-f:.]*$/i.test(raw)) {
            const ip = raw.includes(':') ? parseIpv6(raw) : parseIpv4(raw);
            return ip.ok ? (0,inputs_parsed.ok)(ip.value) : (0,inputs_parsed/* fail */.f)(`${ip.message.split(';')[0] ?? ''}; ${accepted}`);
        }
        if (options.serviceTags && SERVICE_TAG.test(raw))
            return (0,inputs_parsed.ok)(raw);
        if (options.serviceTags && parseFqdn({ allowWildcard: true })(raw).ok) {
            return (0,inputs_parsed/* fail */.f)(`a host name, not an address; put host names in destination-fqdns, or ${accepted}`);
        }
        return (0,inputs_parsed/* fail */.f)(`not an address; ${accepted}`);
    };
}
/** A port shape that takes YAML numbers (`443`) as well as strings (`'1000-2000'`, `'*'`). */
const portRange = {
    expected: "a port like 443, a range like '1000-2000', or '*'",
    isOptional: false,
    check: (value, path, problems) => {
        const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
        if (text.trim() === '') {
            problems.push({ path, message: `expected ${portRange.expected}` });
            return { ok: false };
        }
        const parsed = parsePortRange(text.trim());
        if (!parsed.ok) {
            problems.push({ path, message: parsed.message });
            return { ok: false };
        }
        return { ok: true, value: formatPortRange(parsed.value) };
    },
};
// --- Shapes ----------------------------------------------------------------------------------
const sourceAddresses = optional(array(string({ parse: parseAddress({ serviceTags: false }) }), { minItems: 1 }));
const ApplicationRuleShape = object({
    name: string({ pattern: RULE_NAME }),
    fqdns: array(string({ parse: parseFqdn({ allowWildcard: true }) }), { minItems: 1 }),
    protocols: optional(array(string({ parse: parseApplicationProtocol }), { minItems: 1 })),
    'source-addresses': sourceAddresses,
});
const NetworkRuleShape = object({
    name: string({ pattern: RULE_NAME }),
    protocols: array(oneOf(['TCP', 'UDP', 'ICMP', 'Any']), { minItems: 1 }),
    'destination-addresses': optional(array(string({ parse: parseAddress({ serviceTags: true }) }), { minItems: 1 })),
    'destination-fqdns': optional(array(string({ parse: parseFqdn() }), { minItems: 1 })),
    'destination-ports': array(portRange, { minItems: 1 }),
    'source-addresses': sourceAddresses,
});
// --- Parsers -----------------------------------------------------------------------------------
/** Parses the extra application rules (a YAML or JSON list), reporting every problem. */
function parseExtraApplicationRules(raw) {
    return parseRuleList(raw, ApplicationRuleShape, () => [], toApplicationInput);
}
/** Parses the extra network rules (a YAML or JSON list), reporting every problem. */
function parseExtraNetworkRules(raw) {
    return parseRuleList(raw, NetworkRuleShape, checkOneDestination, toNetworkInput);
}
function toApplicationInput(rule) {
    const sources = rule['source-addresses'];
    return {
        name: rule.name,
        fqdns: rule.fqdns,
        protocols: rule.protocols ?? [{ protocolType: 'Https', port: 443 }],
        ...(sources === undefined ? {} : { sourceAddresses: sources }),
    };
}
function toNetworkInput(rule) {
    const addresses = rule['destination-addresses'];
    const fqdns = rule['destination-fqdns'];
    const sources = rule['source-addresses'];
    return {
        name: rule.name,
        protocols: rule.protocols,
        ...(addresses === undefined ? {} : { destinationAddresses: addresses }),
        ...(fqdns === undefined ? {} : { destinationFqdns: fqdns }),
        destinationPorts: rule['destination-ports'],
        ...(sources === undefined ? {} : { sourceAddresses: sources }),
    };
}
function checkOneDestination(item, path) {
    const given = ['destination-addresses', 'destination-fqdns'].filter(key => item[key] !== undefined && item[key] !== null);
    if (given.length === 1)
        return [];
    return [
        {
            path,
            message: `${given.length === 0 ? 'has neither destination-addresses nor' : 'has both destination-addresses and'} destination-fqdns; give exactly one of them`,
        },
    ];
}
/**
 * Parses a structured list of rules: the shape's problems, the per-item `crossCheck` problems
 * and duplicate names (ignoring case) are all reported together, sorted by path.
 */
function parseRuleList(raw, itemShape, crossCheck, convert) {
    const structured = (0,inputs_structured/* parseStructured */.j)(raw);
    if (!structured.ok)
        return structured;
    const problems = [];
    const checked = array(itemShape).check(structured.value, '', problems);
    const items = Array.isArray(structured.value) ? structured.value : [];
    const firstIndexByName = new Map();
    items.forEach((item, index) => {
        if (!extra_rules_isPlainObject(item))
            return;
        problems.push(...crossCheck(item, `[${index}]`));
        const name = item['name'];
        if (typeof name !== 'string')
            return;
        const first = firstIndexByName.get(name.toLowerCase());
        if (first === undefined) {
            firstIndexByName.set(name.toLowerCase(), index);
        }
        else {
            problems.push({
                path: `[${index}].name`,
                message: `duplicate rule name '${name}' (also used by [${first}]); rule names must be unique, ignoring case`,
            });
        }
    });
    if (checked.ok && problems.length === 0)
        return (0,inputs_parsed.ok)(checked.value.map(convert));
    const messages = [...problems]
        .sort((a, b) => comparePaths(a.path, b.path))
        .map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
    return (0,inputs_parsed/* fail */.f)(messages.join('; '));
}
/** Orders `[2].name` before `[10].fqdns[0]`: by item index, then keeps the original order. */
function comparePaths(a, b) {
    return itemIndex(a) - itemIndex(b);
}
function itemIndex(path) {
    const match = /^\[(\d+)\]/.exec(path);
    return match === null ? -1 : Number(match[1]);
}
function extra_rules_isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
// --- Wire rules --------------------------------------------------------------------------------
const BASIC_FQDN_PROBLEM = 'Basic SKU cannot use FQDNs in network rules; use destination-addresses or a Standard/Premium firewall';
/**
 * Builds the `custom-application` (300) and `custom-network` (310) collections; a collection
 * without rules is left out. Rules without source-addresses get `defaultSourceAddresses`.
 * Problems name the rule; with problems the collections must not be used.
 */
function extraRuleCollections(app, net, options) {
    const problems = [];
    if (options.tier === 'Basic') {
        for (const rule of net) {
            if (rule.destinationFqdns !== undefined) {
                problems.push(`network rule '${rule.name}': ${BASIC_FQDN_PROBLEM}`);
            }
        }
    }
    const rules = extraRules(app, net, options.defaultSourceAddresses);
    const ruleCollections = [
        allowCollection(CUSTOM_APPLICATION_COLLECTION, CUSTOM_APPLICATION_PRIORITY, rules.application),
        allowCollection(CUSTOM_NETWORK_COLLECTION, CUSTOM_NETWORK_PRIORITY, rules.network),
    ].filter(collection => collection.rules.length > 0);
    return { ruleCollections, problems };
}
/** The wire rules for the user's inputs, in input order. */
function extraRules(app, net, defaultSourceAddresses) {
    return {
        application: app.map(rule => ({
            ruleType: 'ApplicationRule',
            name: rule.name,
            sourceAddresses: [...(rule.sourceAddresses ?? defaultSourceAddresses)],
            protocols: rule.protocols.map(p => ({ ...p })),
            targetFqdns: [...rule.fqdns],
        })),
        network: net.map(rule => ({
            ruleType: 'NetworkRule',
            name: rule.name,
            ipProtocols: [...rule.protocols],
            sourceAddresses: [...(rule.sourceAddresses ?? defaultSourceAddresses)],
            ...(rule.destinationAddresses === undefined
                ? {}
                : { destinationAddresses: [...rule.destinationAddresses] }),
            ...(rule.destinationFqdns === undefined
                ? {}
                : { destinationFqdns: [...rule.destinationFqdns] }),
            destinationPorts: [...rule.destinationPorts],
        })),
    };
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __nccwpck_require__(47202);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/manifest.ts

const DEFAULTS = {
    routeTableName: 'rt-aks-egress',
    firewallName: 'fw-aks-egress',
    firewallPolicyName: 'fwpol-aks-egress',
    publicIpName: 'pip-fw-aks-egress',
    ruleCollectionGroupName: 'aks-egress',
    ruleCollectionGroupPriority: '500',
};
const FIREWALL_TIERS = ['Basic', 'Standard', 'Premium'];
const THREAT_INTEL_MODES = ['Alert', 'Deny', 'Off'];
const configureFirewallEgressManifest = {
    name: 'configure-firewall-egress',
    taskName: 'ConfigureFirewallEgress',
    taskIds: {
        prod: '488e1813-8013-4f12-a6af-9a3e0dc1a900',
        test: 'cea175e2-9dd6-4054-ad86-62880e732dbe',
    },
    friendlyName: 'AKS: configure firewall egress',
    summary: 'Route AKS egress through Azure Firewall and allow only what AKS needs, plus your rules.',
    description: 'Routes the AKS cluster subnet’s outbound traffic through Azure Firewall (its own, or an existing hub firewall) and allows only the destinations AKS requires plus the rules you add, in one rule collection group owned by the step.',
    inputs: [
        ...common_inputs/* COMMON_INPUTS */.s7,
        {
            id: 'resource-group',
            required: true,
            description: 'Resource group of the resources the step creates: the route table, and in create mode the firewall, its policy and public IP.',
        },
        {
            id: 'cluster-subnet-id',
            required: true,
            description: 'Resource ID of the AKS node subnet (`/subscriptions/…/virtualNetworks/<vnet>/subnets/<subnet>`), in `subscription-id` (a route table can only serve subnets of its own subscription).',
        },
        {
            id: 'firewall-subnet-id',
            required: false,
            description: 'Create mode: resource ID of the subnet named `AzureFirewallSubnet` (a /26) where the step creates its firewall. Give this or `firewall-id`.',
        },
        {
            id: 'firewall-id',
            required: false,
            description: 'Hub mode: resource ID of an existing Azure Firewall that uses a Firewall Policy. The step then only adds its rule collection group to that policy and routes the cluster subnet to the firewall; it never changes the hub’s other rules. Give this or `firewall-subnet-id`.',
        },
        {
            id: 'firewall-management-subnet-id',
            required: false,
            description: 'Create mode with `firewall-sku: Basic`: resource ID of the subnet named `AzureFirewallManagementSubnet`, which a Basic firewall needs for its management traffic.',
        },
        {
            id: 'location',
            required: false,
            description: 'Azure region of the created resources (`eastus2`, `East US 2`): the cluster virtual network’s region, which is read; if given, it must match. Required with `offline`.',
        },
        {
            id: 'firewall-sku',
            required: false,
            default: 'Standard',
            options: FIREWALL_TIERS,
            description: 'Create mode: SKU tier of the firewall and its policy: Basic, Standard or Premium. Basic has no DNS proxy, so no FQDNs in network rules.',
        },
        {
            id: 'threat-intel-mode',
            required: false,
            default: 'Alert',
            options: THREAT_INTEL_MODES,
            description: 'Create mode: the policy’s threat intelligence mode: Alert, Deny or Off (Basic: Alert only).',
        },
        {
            id: 'dns-proxy',
            required: false,
            default: 'true',
            adoType: 'boolean',
            description: 'Create mode: turn on the policy’s DNS proxy, which FQDNs in network rules (such as `ntp.ubuntu.com`) need. Not available on Basic.',
        },
        {
            id: 'firewall-name',
            required: false,
            default: DEFAULTS.firewallName,
            description: 'Create mode: name of the Azure Firewall.',
        },
        {
            id: 'firewall-policy-name',
            required: false,
            default: DEFAULTS.firewallPolicyName,
            description: 'Create mode: name of the Firewall Policy.',
        },
        {
            id: 'public-ip-name',
            required: false,
            default: DEFAULTS.publicIpName,
            description: 'Create mode: name of the firewall’s Standard static public IP (a Basic firewall also gets `<name>-mgmt`).',
        },
        {
            id: 'rule-collection-group-name',
            required: false,
            description: 'Name of the rule collection group the step owns in the policy. Default: `aks-egress` in create mode; in hub mode `aks-egress-<vnet>-<subnet>` of the cluster subnet, so clusters sharing a hub policy get a group each.',
        },
        {
            id: 'rule-collection-group-priority',
            required: false,
            default: DEFAULTS.ruleCollectionGroupPriority,
            description: 'Priority of the step’s rule collection group, 100–65000 (lower is processed first).',
        },
        {
            id: 'private-cluster',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'The cluster is private: the node-to-control-plane tunnel rules (UDP 1194, TCP 9000 to `AzureCloud.<region>`) and the API server FQDN are not needed.',
        },
        {
            id: 'api-server-ip',
            required: false,
            description: 'Public IP of the API server: allows TCP 443 to it, for pods that call the API server by IP.',
        },
        {
            id: 'custom-dns-servers',
            required: false,
            adoType: 'multiLine',
            description: 'Custom DNS server IPs of the cluster VNet (newline or comma separated): allows DNS (53) to them.',
        },
        {
            id: 'optional-groups',
            required: false,
            adoType: 'multiLine',
            description: 'Documented AKS egress for optional features, by name (newline or comma separated): ubuntu-updates, gpu, windows, azure-monitor, defender, azure-policy, key-vault, workload-identity, cost-analysis, cluster-extensions.',
        },
        {
            id: 'extra-application-rules',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: 'Your own application rules, YAML or JSON: a list of `{name, fqdns, protocols (default [https:443]), source-addresses}`. Adding one needs `allow-egress-changes: true`.',
        },
        {
            id: 'extra-network-rules',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: 'Your own network rules, YAML or JSON: a list of `{name, protocols (TCP/UDP/ICMP/Any), destination-addresses or destination-fqdns, destination-ports, source-addresses}`. Adding one needs `allow-egress-changes: true`.',
        },
        {
            id: 'source-addresses',
            required: false,
            adoType: 'multiLine',
            description: 'Source CIDRs of the rules (newline or comma separated). Defaults to the cluster subnet’s address prefixes.',
        },
        {
            id: 'route-table-name',
            required: false,
            default: DEFAULTS.routeTableName,
            description: 'Name of the route table to create or update in `resource-group`.',
        },
        {
            id: 'allow-egress-changes',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Opt-in for `widens-egress` changes: adding or widening your own extra rules. Without it such a plan is not applied. The AKS-required rules never need it.',
        },
        {
            id: 'allow-route-table-replacement',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Opt-in for the `replaces-resource` change: when the cluster subnet already uses another route table, replace that association with the step’s table.',
        },
    ],
    outputs: [
        {
            id: 'firewall-private-ip',
            description: 'Private IP of the firewall: the next hop of the cluster subnet’s default route.',
        },
        {
            id: 'firewall-public-ip',
            description: 'Public IP of the firewall (add it to the API server’s authorized IP ranges).',
        },
        {
            id: 'firewall-policy-id',
            description: 'Resource ID of the Firewall Policy that holds the step’s rules.',
        },
        {
            id: 'rule-collection-group-id',
            description: 'Resource ID of the step’s rule collection group.',
        },
        {
            id: 'route-table-id',
            description: 'Resource ID of the route table associated with the cluster subnet.',
        },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/route-table.ts

/** The routes this step owns in its route table, by name. */
const DEFAULT_ROUTE_NAME = 'default-via-firewall';
const PUBLIC_IP_ROUTE_NAME = 'firewall-public-ip-to-internet';
const OWNED_ROUTE_NAMES = [DEFAULT_ROUTE_NAME, PUBLIC_IP_ROUTE_NAME];
const DEFAULT_PREFIX = '0.0.0.0/0';
function desiredDefaultRoute(nextHopIp) {
    return {
        name: DEFAULT_ROUTE_NAME,
        properties: {
            addressPrefix: DEFAULT_PREFIX,
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: nextHopIp,
        },
    };
}
/**
 * The firewall's public IP /32 goes straight to the Internet, so replies to traffic that
 * reached the cluster through the firewall's public IP (DNAT) do not return asymmetrically.
 */
function publicIpRoute(publicIp) {
    return {
        name: PUBLIC_IP_ROUTE_NAME,
        properties: { addressPrefix: `${publicIp}/32`, nextHopType: 'Internet' },
    };
}
/** Routes as read, reduced to their writable wire form. */
function routesOf(routeTable) {
    const routes = (0,network/* propertiesOf */.P1)(routeTable)['routes'];
    if (!Array.isArray(routes))
        return [];
    return routes.map((route) => {
        const props = (0,network/* propertiesOf */.P1)(route);
        const hop = props['nextHopIpAddress'];
        return {
            name: String(route['name']),
            properties: {
                addressPrefix: String(props['addressPrefix']),
                nextHopType: String(props['nextHopType']),
                ...(typeof hop === 'string' && hop !== '' ? { nextHopIpAddress: hop } : {}),
            },
        };
    });
}
function sameRoute(a, b) {
    return (a.name === b.name &&
        a.properties.addressPrefix === b.properties.addressPrefix &&
        a.properties.nextHopType.toLowerCase() === b.properties.nextHopType.toLowerCase() &&
        (a.properties.nextHopIpAddress ?? '') === (b.properties.nextHopIpAddress ?? ''));
}
/** The PUT body for the route table: the step's routes in place, the table's other routes kept. */
function routeTableBody(location, existing, routes) {
    const others = routesOf(existing).filter(r => !OWNED_ROUTE_NAMES.includes(r.name));
    const current = (0,network/* propertiesOf */.P1)(existing);
    const bgp = current['disableBgpRoutePropagation'];
    return {
        location,
        // A new table is tagged as the step's; an existing one (already the step's) keeps its tags.
        tags: existing === undefined ? { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 } : (0,network/* tagsOf */.Fg)(existing),
        properties: {
            ...(typeof bgp === 'boolean' ? { disableBgpRoutePropagation: bgp } : {}),
            routes: [...others, ...routes],
        },
    };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/rule-compare.ts
/**
 * Comparing the step's desired rule collections with what the policy holds. ARM echoes what it
 * was sent plus defaults (empty lists, flags), so observed values are compared only on the keys
 * the desired ones set; strings compare without case, as Azure treats names and FQDNs.
 */
function same(desired, observed) {
    if (Array.isArray(desired)) {
        return (Array.isArray(observed) &&
            observed.length === desired.length &&
            desired.every((item, i) => same(item, observed[i])));
    }
    if (desired !== null && typeof desired === 'object') {
        if (observed === null || typeof observed !== 'object')
            return false;
        const o = observed;
        return Object.entries(desired).every(([key, value]) => same(value, o[key]));
    }
    if (typeof desired === 'string' && typeof observed === 'string') {
        return desired.toLowerCase() === observed.toLowerCase();
    }
    return desired === observed;
}
/** True when the observed collections are exactly the desired ones (on the keys desired sets). */
function ruleCollectionsCover(desired, observed) {
    return same(desired, observed);
}
/** Every desired value is allowed by the observed one: lists are subsets, the rest is equal. */
function within(desired, observed) {
    if (Array.isArray(desired)) {
        return Array.isArray(observed) && desired.every(item => observed.some(have => same(item, have)));
    }
    if (desired !== null && typeof desired === 'object') {
        if (observed === null || typeof observed !== 'object')
            return false;
        const o = observed;
        return Object.entries(desired).every(([key, value]) => within(value, o[key]));
    }
    return same(desired, observed);
}
/**
 * Names of the desired rules that allow more than the observed group does: rules that are new,
 * or that gain a destination, port, protocol or source. Removals and narrowing are not listed.
 */
function ruleCollectionsWiden(desired, observed) {
    const have = (Array.isArray(observed) ? observed : []);
    const widened = [];
    for (const collection of desired) {
        const match = have.find(c => same(collection.name, c.name));
        const observedRules = (Array.isArray(match?.rules) ? match.rules : []);
        for (const rule of (Array.isArray(collection.rules) ? collection.rules : [])) {
            const current = observedRules.find(r => same(rule.name, r.name));
            if (!current || !within(rule, current))
                widened.push(String(rule.name));
        }
    }
    return widened;
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/plan.ts









const plan_STEP = configureFirewallEgressManifest.name;
const OWNED_TAGS = { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 };
function isSucceeded(body) {
    const state = (0,network/* propertiesOf */.P1)(body)['provisioningState'];
    return state === undefined || state === 'Succeeded';
}
/** The input's name as the host spells it, for messages. */
function input(spec, id) {
    return `'${spec.inputNames[id] ?? id}'`;
}
/**
 * The step changes only what it created (tagged `managed-by`). A resource that merely has the
 * step's name is left alone: the user renames the step's resource or tags theirs to hand it over.
 */
function refuseUnlessOurs(spec, observed, id, what, nameInput) {
    if ((0,network/* isManagedByUs */.tJ)(observed))
        return;
    throw new errors/* PreconditionError */.Rb(`${plan_STEP}: ${what} '${id}' exists but was not created by this step (it has no ${network/* MANAGED_BY_TAG */.dS}: ${network/* MANAGED_BY_VALUE */.Q9} tag), and it differs from what the step needs, so the step will not change it. Set ${input(spec, nameInput)} to another name, or add that tag to let the step manage it.`);
}
/** Drops the properties ARM computes, keeping everything a client may write back. */
function writable(body, readOnly) {
    return Object.fromEntries(Object.entries((0,network/* propertiesOf */.P1)(body)).filter(([k]) => !readOnly.includes(k)));
}
function firewallPrivateIp(firewall) {
    const configs = (0,network/* propertiesOf */.P1)(firewall)['ipConfigurations'];
    const first = Array.isArray(configs) ? configs[0] : undefined;
    return ((0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(first)['privateIPAddress']) ??
        (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)((0,network/* propertiesOf */.P1)(firewall)['hubIPAddresses'])['privateIPAddress']));
}
function subnetPrefixes(subnet) {
    const props = (0,network/* propertiesOf */.P1)(subnet);
    const many = props['addressPrefixes'];
    if (Array.isArray(many) && many.length > 0)
        return many.map(String);
    const one = (0,network/* stringValue */.r$)(props['addressPrefix']);
    return one ? [one] : [];
}
function derive(spec, state) {
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the region of the cluster's virtual network could not be read. Set ${input(spec, 'location')}.`);
    }
    const vnetRegion = state.vnetLocation?.toLowerCase().replace(/\s/g, '');
    if (spec.location !== undefined && vnetRegion !== undefined && spec.location !== vnetRegion) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: ${input(spec, 'location')} is '${spec.location}', but the cluster's virtual network is in '${vnetRegion}'. The route table and the AKS rules must use the cluster's region: remove ${input(spec, 'location')} or set it to '${vnetRegion}'.`);
    }
    const target = spec.firewall;
    if (target.kind === 'hub' && state.firewall !== undefined && !isSucceeded(state.firewall)) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the hub firewall '${target.firewallId}' is in state '${String((0,network/* propertiesOf */.P1)(state.firewall)['provisioningState'])}', not Succeeded, so no traffic is routed to it. Fix the firewall, then run the step again.`);
    }
    const policyId = target.kind === 'create'
        ? target.policyId
        : (state.policyId ?? (0,core_plan/* knownAfterApply */.C1)('the hub firewall’s policy'));
    const prefixes = subnetPrefixes(state.clusterSubnet);
    const hubSku = (0,network/* propertiesOf */.P1)((0,network/* propertiesOf */.P1)(state.firewall)['sku']);
    const tier = target.kind === 'create'
        ? target.tier
        : (['Basic', 'Standard', 'Premium'].find(t => t === hubSku['tier']) ?? 'Standard');
    const hubDnsProxy = (0,network/* propertiesOf */.P1)(state.policy)['dnsSettings']?.enableProxy;
    return {
        location,
        policyId,
        ruleCollectionGroupId: ruleCollectionGroupId(policyId, spec.ruleCollectionGroupName),
        firewallPrivateIp: firewallPrivateIp(state.firewall) ?? (0,core_plan/* knownAfterApply */.C1)('firewall private IP'),
        firewallPublicIp: (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(state.publicIp)['ipAddress']) ??
            (target.kind === 'create' || spec.offline
                ? (0,core_plan/* knownAfterApply */.C1)('firewall public IP')
                : undefined),
        sourceAddresses: spec.sourceAddresses ??
            (prefixes.length > 0 ? prefixes : [(0,core_plan/* knownAfterApply */.C1)('cluster subnet address prefixes')]),
        tier,
        // Offline, the hub policy is not read: its DNS proxy is assumed on, and checked at apply.
        dnsProxy: target.kind === 'create'
            ? target.dnsProxy
            : spec.offline && state.policy === undefined
                ? true
                : hubDnsProxy === true,
    };
}
function armChange(resourceId, action, reason, extra = {}) {
    return {
        target: 'arm',
        action,
        resourceId,
        apiVersion: network/* NETWORK_API_VERSION */.N6,
        ...(extra.body && action !== 'noop' ? { body: extra.body } : {}),
        reason,
        flags: extra.flags ?? [],
        ...(extra.dependsOn ? { dependsOn: extra.dependsOn } : {}),
    };
}
function planPublicIp(spec, id, observed, location, purpose) {
    if (observed === undefined) {
        return armChange(id, 'create', `Standard static public IP for the firewall's ${purpose}`, {
            body: {
                location,
                tags: OWNED_TAGS,
                sku: { name: 'Standard', tier: 'Regional' },
                properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
            },
        });
    }
    const sku = observed['sku']?.name;
    const allocation = (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(observed)['publicIPAllocationMethod']);
    if (sku?.toLowerCase() !== 'standard' || allocation?.toLowerCase() !== 'static') {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: public IP '${id}' exists as ${sku ?? '?'} ${allocation ?? '?'}; Azure Firewall needs a Standard static public IP, and the SKU cannot be changed in place. Delete it or set ${input(spec, 'public-ip-name')} to another name.`);
    }
    return armChange(id, 'noop', `Standard static public IP for the firewall's ${purpose} exists`);
}
const POLICY_READ_ONLY = [
    'provisioningState',
    'ruleCollectionGroups',
    'firewalls',
    'childPolicies',
    'size',
];
function planPolicy(spec, state, d) {
    const target = spec.firewall;
    if (target.kind !== 'create')
        return [];
    const ours = {
        sku: { tier: target.tier },
        threatIntelMode: target.threatIntelMode,
        ...(target.tier === 'Basic' ? {} : { dnsSettings: { enableProxy: target.dnsProxy } }),
    };
    const observed = state.policy;
    if (observed === undefined) {
        return [
            armChange(target.policyId, 'create', `Firewall Policy (${target.tier}, threat intelligence ${target.threatIntelMode}${target.dnsProxy ? ', DNS proxy on' : ''})`, { body: { location: d.location, tags: OWNED_TAGS, properties: ours } }),
        ];
    }
    const props = (0,network/* propertiesOf */.P1)(observed);
    const dns = (props['dnsSettings'] ?? {});
    const same = isSucceeded(observed) &&
        props['sku']?.tier === target.tier &&
        props['threatIntelMode'] === target.threatIntelMode &&
        (target.tier === 'Basic' || (dns['enableProxy'] ?? false) === target.dnsProxy);
    if (same)
        return [armChange(target.policyId, 'noop', 'Firewall Policy settings are as desired')];
    refuseUnlessOurs(spec, observed, target.policyId, 'Firewall Policy', 'firewall-policy-name');
    return [
        armChange(target.policyId, 'update', `set the policy's tier, threat intelligence mode and DNS proxy, keeping its other settings`, {
            body: {
                location: observed['location'] ?? d.location,
                ...(observed['tags'] ? { tags: observed['tags'] } : {}),
                properties: {
                    ...writable(observed, POLICY_READ_ONLY),
                    ...ours,
                    ...(target.tier === 'Basic'
                        ? {}
                        : { dnsSettings: { ...dns, enableProxy: target.dnsProxy } }),
                },
            },
        }),
    ];
}
const OWN_COLLECTION_NAMES = [CUSTOM_APPLICATION_COLLECTION, CUSTOM_NETWORK_COLLECTION];
/** A rule collection group holding collections the step never writes belongs to someone else. */
function foreignCollections(observed) {
    const collections = (0,network/* propertiesOf */.P1)(observed)['ruleCollections'];
    if (!Array.isArray(collections))
        return [];
    return collections
        .map(c => String(c.name))
        .filter(name => !isAksRequiredCollection(name) && !OWN_COLLECTION_NAMES.includes(name));
}
function planRuleCollectionGroup(spec, state, d) {
    const fqdnTier = d.dnsProxy ? d.tier : 'Basic';
    const aks = aksEgressRuleCollections({
        cloud: spec.cloud,
        location: d.location,
        tier: fqdnTier,
        privateCluster: spec.privateCluster,
        ...(spec.apiServerIp ? { apiServerIp: spec.apiServerIp } : {}),
        customDnsServers: spec.customDnsServers,
        optionalGroups: spec.optionalGroups,
        sourceAddresses: d.sourceAddresses,
    });
    const extra = extraRuleCollections(spec.extraApplicationRules, spec.extraNetworkRules, {
        tier: fqdnTier,
        defaultSourceAddresses: d.sourceAddresses,
    });
    if (extra.problems.length > 0) {
        const why = d.tier === 'Basic' ? 'the firewall is Basic' : 'the firewall policy has no DNS proxy';
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: ${input(spec, 'extra-network-rules')} cannot be used as given, because ${why}: ${extra.problems.join('; ')}`);
    }
    const warnings = [...aks.warnings];
    if (!d.dnsProxy && d.tier !== 'Basic') {
        warnings.push('the policy’s DNS proxy is off, so no FQDNs are used in network rules.');
    }
    const ruleCollections = [...aks.ruleCollections, ...extra.ruleCollections];
    const body = {
        properties: { priority: spec.ruleCollectionGroupPriority, ruleCollections },
    };
    const dependsOn = spec.firewall.kind === 'create' ? [d.policyId] : [];
    const observed = state.ruleCollectionGroup;
    const foreign = foreignCollections(observed);
    if (foreign.length > 0) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: rule collection group '${d.ruleCollectionGroupId}' holds collections this step does not write (${foreign.map(n => `'${n}'`).join(', ')}), so it belongs to someone else and is left alone. Set ${input(spec, 'rule-collection-group-name')} to a name of the step's own.`);
    }
    const widens = ruleCollectionsWiden(extra.ruleCollections, (0,network/* propertiesOf */.P1)(observed)['ruleCollections']);
    const flags = widens.length > 0 ? ['widens-egress'] : [];
    const widening = widens.length > 0 ? `; adds or widens your rules ${widens.map(n => `'${n}'`).join(', ')}` : '';
    if (observed === undefined) {
        return {
            change: armChange(d.ruleCollectionGroupId, 'create', `allow only what AKS needs (${ruleCollections.length} rule collections)${widening}`, { body, flags, dependsOn }),
            warnings,
        };
    }
    const same = isSucceeded(observed) &&
        (0,network/* propertiesOf */.P1)(observed)['priority'] === spec.ruleCollectionGroupPriority &&
        ruleCollectionsCover(ruleCollections, (0,network/* propertiesOf */.P1)(observed)['ruleCollections']);
    return {
        change: same
            ? armChange(d.ruleCollectionGroupId, 'noop', 'the rule collection group already allows exactly what is desired')
            : armChange(d.ruleCollectionGroupId, 'update', `rewrite the step's rule collection group to the desired rules${widening}`, { body, flags, dependsOn }),
        warnings,
    };
}
const FIREWALL_READ_ONLY = [
    'provisioningState',
    'ipGroups',
    'ipConfigurations',
    'managementIpConfiguration',
    'firewallPolicy',
    'sku',
];
function ipConfiguration(name, subnetId, publicIpId) {
    return { name, properties: { subnet: { id: subnetId }, publicIPAddress: { id: publicIpId } } };
}
/** An IP configuration as a client writes it (ARM adds the private IP and state). */
function writableIpConfiguration(config) {
    const props = (0,network/* propertiesOf */.P1)(config);
    return {
        name: config['name'],
        properties: {
            ...(props['subnet'] ? { subnet: { id: (0,network/* referenceId */.VX)(props['subnet']) } } : {}),
            ...(props['publicIPAddress']
                ? { publicIPAddress: { id: (0,network/* referenceId */.VX)(props['publicIPAddress']) } }
                : {}),
        },
    };
}
function sameIpConfiguration(observed, desired) {
    const o = (0,network/* propertiesOf */.P1)(observed);
    const want = (0,network/* propertiesOf */.P1)(desired);
    return ((0,network/* sameId */.s)((0,network/* referenceId */.VX)(o['subnet']), (0,network/* referenceId */.VX)(want['subnet'])) &&
        (0,network/* sameId */.s)((0,network/* referenceId */.VX)(o['publicIPAddress']), (0,network/* referenceId */.VX)(want['publicIPAddress'])));
}
function planFirewall(spec, state, d) {
    const target = spec.firewall;
    if (target.kind !== 'create')
        return [];
    const management = target.managementSubnet && target.managementPublicIpId
        ? ipConfiguration('management', target.managementSubnet.id, target.managementPublicIpId)
        : undefined;
    const dependsOn = [
        target.publicIpId,
        ...(target.managementPublicIpId ? [target.managementPublicIpId] : []),
        target.policyId,
    ];
    const observed = state.firewall;
    const own = ipConfiguration('ipconfig', target.firewallSubnet.id, target.publicIpId);
    const base = {
        sku: { name: 'AZFW_VNet', tier: target.tier },
        firewallPolicy: { id: target.policyId },
        ...(management ? { managementIpConfiguration: management } : {}),
    };
    if (observed === undefined) {
        return [
            armChange(target.firewallId, 'create', `Azure Firewall (${target.tier}) in '${target.firewallSubnet.parent?.name ?? '?'}/AzureFirewallSubnet' with the step's policy`, {
                body: {
                    location: d.location,
                    tags: OWNED_TAGS,
                    properties: { ...base, ipConfigurations: [own] },
                },
                dependsOn,
            }),
        ];
    }
    const props = (0,network/* propertiesOf */.P1)(observed);
    const configs = (Array.isArray(props['ipConfigurations']) ? props['ipConfigurations'] : []);
    // The step owns the configuration in its firewall subnet; other frontends (extra public IPs) stay.
    const ownIndex = configs.findIndex(c => (0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(c)['subnet']), target.firewallSubnet.id));
    const same = isSucceeded(observed) &&
        props['sku']?.tier === target.tier &&
        (0,network/* sameId */.s)((0,network/* referenceId */.VX)(props['firewallPolicy']), target.policyId) &&
        ownIndex >= 0 &&
        sameIpConfiguration(configs[ownIndex], own) &&
        (management
            ? sameIpConfiguration(props['managementIpConfiguration'], management)
            : props['managementIpConfiguration'] === undefined);
    if (same)
        return [
            armChange(target.firewallId, 'noop', 'the firewall uses the step’s policy, subnet and public IP'),
        ];
    refuseUnlessOurs(spec, observed, target.firewallId, 'Azure Firewall', 'firewall-name');
    const ipConfigurations = ownIndex >= 0
        ? configs.map((c, i) => i === ownIndex ? { ...own, name: c['name'] ?? own['name'] } : writableIpConfiguration(c))
        : [own, ...configs.map(writableIpConfiguration)];
    return [
        armChange(target.firewallId, 'update', isSucceeded(observed)
            ? `set the firewall's SKU, policy and IP configuration, keeping its other frontends and settings`
            : `provision the firewall again (its last operation left it '${String(props['provisioningState'])}')`, {
            body: {
                location: observed['location'] ?? d.location,
                ...(observed['tags'] ? { tags: observed['tags'] } : {}),
                ...(observed['zones'] ? { zones: observed['zones'] } : {}),
                properties: { ...writable(observed, FIREWALL_READ_ONLY), ...base, ipConfigurations },
            },
            dependsOn,
        }),
    ];
}
function planRouteTable(spec, state, d) {
    const routes = [
        desiredDefaultRoute(d.firewallPrivateIp),
        ...(d.firewallPublicIp ? [publicIpRoute(d.firewallPublicIp)] : []),
    ];
    // Make before break: the default route moves to the firewall only once it and its rules exist.
    const dependsOn = [
        ...(spec.firewall.kind === 'create' ? [spec.firewall.firewallId] : []),
        d.ruleCollectionGroupId,
    ];
    const existing = state.routeTable;
    const reason = `send the cluster subnet's outbound traffic (${DEFAULT_PREFIX}) to the firewall at ${d.firewallPrivateIp}${d.firewallPublicIp ? `, and the firewall's public IP ${d.firewallPublicIp}/32 straight to the Internet` : ''}`;
    if (existing === undefined) {
        return armChange(spec.routeTableId, 'create', reason, {
            body: routeTableBody(d.location, undefined, routes),
            dependsOn,
        });
    }
    const current = routesOf(existing);
    const conflicting = current.find(r => !OWNED_ROUTE_NAMES.includes(r.name) && r.properties.addressPrefix === DEFAULT_PREFIX);
    if (conflicting) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: route table '${spec.routeTableId}' already has route '${conflicting.name}' for ${DEFAULT_PREFIX} (next hop ${conflicting.properties.nextHopType}). Remove it, or set ${input(spec, 'route-table-name')} to a table this step may own.`);
    }
    const owned = current.filter(r => OWNED_ROUTE_NAMES.includes(r.name));
    const inPlace = isSucceeded(existing) &&
        owned.length === routes.length &&
        routes.every(want => owned.some(have => sameRoute(have, want)));
    if (inPlace) {
        return armChange(spec.routeTableId, 'noop', `the routes to the firewall at ${d.firewallPrivateIp} are in place`);
    }
    refuseUnlessOurs(spec, existing, spec.routeTableId, 'Route table', 'route-table-name');
    const subnets = (0,network/* propertiesOf */.P1)(existing)['subnets'];
    const others = (Array.isArray(subnets) ? subnets : [])
        .map(s => (0,network/* referenceId */.VX)(s))
        .filter((id) => id !== undefined && !(0,network/* sameId */.s)(id, spec.clusterSubnet.id));
    if (others.length > 0) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: route table '${spec.routeTableId}' is also associated with ${others.map(o => `'${o}'`).join(', ')}; changing its default route would reroute their traffic too. Set ${input(spec, 'route-table-name')} to a table for this cluster only.`);
    }
    const location = (0,network/* stringValue */.r$)(existing['location']) ?? d.location;
    return armChange(spec.routeTableId, 'update', `${reason}, keeping the table's other routes`, {
        body: routeTableBody(location, existing, routes),
        dependsOn,
    });
}
function planSubnet(spec, state) {
    const routeTable = { id: spec.routeTableId };
    const dependsOn = [spec.routeTableId];
    if (state.clusterSubnet === undefined) {
        return armChange(spec.clusterSubnet.id, 'update', 'associate the route table with the cluster subnet; the subnet’s other properties are read at apply and kept as they are', { body: { name: spec.clusterSubnet.name, properties: { routeTable } }, dependsOn });
    }
    const currentId = (0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(state.clusterSubnet)['routeTable']);
    if ((0,network/* sameId */.s)(currentId, spec.routeTableId)) {
        return armChange(spec.clusterSubnet.id, 'noop', 'the cluster subnet already uses the route table');
    }
    return armChange(spec.clusterSubnet.id, 'update', currentId === undefined
        ? 'associate the route table with the cluster subnet, keeping every other property'
        : `replace the subnet's route table '${currentId}' with the step's, keeping every other property`, {
        body: (0,network/* subnetPutBody */.Ng)(state.clusterSubnet, { routeTable }),
        flags: currentId === undefined ? [] : ['replaces-resource'],
        dependsOn,
    });
}
/** The step's outputs as far as the state tells them. */
function egressOutputs(spec, state) {
    const d = derive(spec, state);
    return {
        'firewall-private-ip': d.firewallPrivateIp,
        'firewall-public-ip': d.firewallPublicIp ?? '',
        'firewall-policy-id': d.policyId,
        'rule-collection-group-id': d.ruleCollectionGroupId,
        'route-table-id': spec.routeTableId,
    };
}
/**
 * Pure: public IPs and the policy first, then the firewall and the rule collection group, then
 * the route table, then the subnet. `dependsOn` records that order for apply, which runs
 * independent changes at the same time.
 */
function planConfigureFirewallEgress(spec, state) {
    const d = derive(spec, state);
    const target = spec.firewall;
    const rcg = planRuleCollectionGroup(spec, state, d);
    const changes = [
        ...(target.kind === 'create'
            ? [
                planPublicIp(spec, target.publicIpId, state.publicIp, d.location, 'outbound traffic'),
                ...(target.managementPublicIpId
                    ? [
                        planPublicIp(spec, target.managementPublicIpId, state.managementPublicIp, d.location, 'management traffic'),
                    ]
                    : []),
            ]
            : []),
        ...planPolicy(spec, state, d),
        rcg.change,
        ...planFirewall(spec, state, d),
        planRouteTable(spec, state, d),
        planSubnet(spec, state),
    ];
    return { step: plan_STEP, changes, outputs: egressOutputs(spec, state), warnings: rcg.warnings };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/apply.ts






const apply_STEP = 'configure-firewall-egress';
/**
 * Applies the plan as a dependency graph (public IPs with the policy; the firewall with the
 * rule collection group). The route table waits for the firewall's private IP: a second pass
 * re-reads Azure and re-plans.
 */
async function applyConfigureFirewallEgress(ctx, spec, plan) {
    await applyInPasses({
        step: apply_STEP,
        plan,
        allowed: allowedEgressFlags(spec),
        run: async (change) => {
            if (change.target !== 'arm') {
                throw new Error(`${apply_STEP}: cannot apply ${(0,core_plan/* changeSubject */.Xg)(change)}`);
            }
            ctx.log.info(`${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
            await applyArmChange(ctx.arm, change);
        },
        replan: async () => planConfigureFirewallEgress(spec, await observeConfigureFirewallEgress(ctx, spec)),
    });
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __nccwpck_require__(6879);
// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __nccwpck_require__(39281);
// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __nccwpck_require__(34491);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/spec.ts











const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
const FIREWALL_TYPE = 'Microsoft.Network/azureFirewalls';
const parseName = (kind) => (0,azure_names/* parseResourceName */.p$)(kind, { maxLength: 80 });
function parsePriority(raw) {
    if (!/^\d+$/.test(raw))
        return (0,inputs_parsed/* fail */.f)('must be a whole number from 100 to 65000, like 500');
    const value = Number(raw);
    return value >= 100 && value <= 65000
        ? (0,inputs_parsed.ok)(value)
        : (0,inputs_parsed/* fail */.f)('is outside 100–65000; use a whole number from 100 to 65000, like 500');
}
/** A source for firewall rules: an IPv4 address or CIDR (host bits clear), or `*`. */
function parseSource(raw) {
    if (raw === '*')
        return (0,inputs_parsed.ok)(raw);
    if (!raw.includes('/'))
        return parseIpv4(raw);
    const cidr = parseCidr(raw);
    return cidr.ok ? (0,inputs_parsed.ok)(cidr.value.text) : cidr;
}
function subnetNamed(name) {
    return raw => {
        const parsed = (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE)(raw);
        if (!parsed.ok)
            return parsed;
        return parsed.value.name === name
            ? parsed
            : (0,inputs_parsed/* fail */.f)(`is a subnet named '${parsed.value.name}'; Azure Firewall needs its subnet to be named ${name}`);
    };
}
function idIn(spec, types, names) {
    return (0,resource_id/* formatResourceId */.bM)({
        subscriptionId: spec.subscriptionId,
        resourceGroup: spec.resourceGroup,
        provider: 'Microsoft.Network',
        types,
        names,
    });
}
/**
 * In a shared hub policy every cluster needs its own group: the default names it after the
 * cluster's virtual network and subnet (at most 80 characters).
 */
function defaultHubGroupName(clusterSubnet) {
    const vnet = clusterSubnet.parent?.name ?? 'vnet';
    return `aks-egress-${vnet}-${clusterSubnet.name}`.slice(0, 80).replace(/[^A-Za-z0-9_]+$/, '');
}
/** Every input checked before any call; every problem reported together. */
function parseConfigureFirewallEgressSpec(reader, common) {
    const resourceGroup = reader.required('resource-group', azure_names/* parseResourceGroupName */.O4);
    const clusterSubnet = reader.required('cluster-subnet-id', (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE));
    const firewallSubnet = reader.optional('firewall-subnet-id', subnetNamed('AzureFirewallSubnet'));
    const firewallRef = reader.optional('firewall-id', (0,resource_id/* parseResourceId */.RQ)(FIREWALL_TYPE));
    const managementSubnet = reader.optional('firewall-management-subnet-id', subnetNamed('AzureFirewallManagementSubnet'));
    const location = reader.optional('location', azure_names/* parseLocation */.zS);
    const tier = reader.withDefault('firewall-sku', (0,choice/* parseChoice */.H)(FIREWALL_TIERS));
    const threatIntelMode = reader.withDefault('threat-intel-mode', (0,choice/* parseChoice */.H)(THREAT_INTEL_MODES));
    const dnsProxy = reader.withDefault('dns-proxy', inputs_boolean/* parseBoolean */.y);
    const firewallName = reader.withDefault('firewall-name', parseName('firewall'));
    const policyName = reader.withDefault('firewall-policy-name', parseName('firewall policy'));
    const publicIpName = reader.withDefault('public-ip-name', parseName('public IP'));
    const rcgName = reader.optional('rule-collection-group-name', parseName('rule collection group'));
    const rcgPriority = reader.withDefault('rule-collection-group-priority', parsePriority);
    const privateCluster = reader.withDefault('private-cluster', inputs_boolean/* parseBoolean */.y);
    const apiServerIp = reader.optional('api-server-ip', parseIpv4);
    const customDnsServers = reader.optional('custom-dns-servers', raw => parseListOf(raw, parseIpv4));
    const optionalGroups = reader.optional('optional-groups', parseOptionalGroups);
    const extraApplication = reader.optional('extra-application-rules', parseExtraApplicationRules);
    const extraNetwork = reader.optional('extra-network-rules', parseExtraNetworkRules);
    const sourceAddresses = reader.optional('source-addresses', raw => parseListOf(raw, parseSource));
    const routeTableName = reader.withDefault('route-table-name', parseName('route table'));
    const allowEgressChanges = reader.withDefault('allow-egress-changes', inputs_boolean/* parseBoolean */.y);
    const allowRouteTableReplacement = reader.withDefault('allow-route-table-replacement', inputs_boolean/* parseBoolean */.y);
    if (clusterSubnet &&
        common.subscriptionId &&
        clusterSubnet.subscriptionId !== common.subscriptionId.toLowerCase()) {
        reader.problem('cluster-subnet-id', clusterSubnet.id, `is in subscription ${clusterSubnet.subscriptionId}, but '${reader.name('subscription-id')}' is ${common.subscriptionId}: a route table can only be associated with subnets in its own subscription. Run the step in the cluster subnet's subscription.`);
    }
    if (managementSubnet && tier !== 'Basic') {
        reader.warn(`'${reader.name('firewall-management-subnet-id')}' is only used with '${reader.name('firewall-sku')}: Basic' and is ignored.`);
    }
    if (reader.isSet('firewall-subnet-id') &&
        extraNetwork?.some(rule => rule.destinationFqdns !== undefined) &&
        (tier === 'Basic' || dnsProxy === false)) {
        reader.problem('extra-network-rules', undefined, tier === 'Basic'
            ? `uses destination-fqdns, which a Basic firewall cannot use in network rules; use destination-addresses, or '${reader.name('firewall-sku')}: Standard'.`
            : `uses destination-fqdns, which need the policy's DNS proxy; set '${reader.name('dns-proxy')}: true' or use destination-addresses.`);
    }
    const hasSubnet = reader.isSet('firewall-subnet-id');
    const hasFirewall = reader.isSet('firewall-id');
    if (hasSubnet === hasFirewall) {
        reader.problem(hasSubnet ? 'firewall-id' : 'firewall-subnet-id', undefined, hasSubnet
            ? `cannot be combined with '${reader.name('firewall-subnet-id')}': give '${reader.name('firewall-subnet-id')}' to create a firewall, or '${reader.name('firewall-id')}' to use an existing hub firewall.`
            : `or '${reader.name('firewall-id')}' is required: give the AzureFirewallSubnet to create a firewall in, or an existing hub firewall.`);
    }
    if (hasSubnet && tier === 'Basic') {
        if (!reader.isSet('firewall-management-subnet-id')) {
            reader.problem('firewall-management-subnet-id', undefined, `is required with '${reader.name('firewall-sku')}: Basic': a Basic firewall needs a subnet named AzureFirewallManagementSubnet for its management traffic.`);
        }
        if (reader.isSet('dns-proxy') && dnsProxy === true) {
            reader.warn(`'${reader.name('dns-proxy')}' is ignored: a Basic firewall policy has no DNS proxy.`);
        }
        if (threatIntelMode !== undefined && threatIntelMode !== 'Alert') {
            reader.problem('threat-intel-mode', threatIntelMode, 'must be Alert with a Basic firewall (Basic only alerts).');
        }
    }
    if (hasFirewall) {
        const ignored = [
            'firewall-sku',
            'threat-intel-mode',
            'dns-proxy',
            'firewall-name',
            'firewall-policy-name',
            'public-ip-name',
            'firewall-management-subnet-id',
        ];
        const set = ignored.filter(id => reader.isSet(id)).map(id => `'${reader.name(id)}'`);
        if (set.length > 0) {
            reader.warn(`${set.join(', ')} only apply when the step creates its firewall, and are ignored with '${reader.name('firewall-id')}'.`);
        }
    }
    if (common.offline && !reader.isSet('location')) {
        reader.problem('location', undefined, 'is required with offline: an offline plan cannot read the virtual network’s region. Give a region such as eastus2.');
    }
    return reader.finish(() => {
        const base = { subscriptionId: common.subscriptionId ?? '', resourceGroup: resourceGroup ?? '' };
        const firewall = firewallRef !== undefined
            ? { kind: 'hub', firewallId: firewallRef.id }
            : {
                kind: 'create',
                firewallSubnet: firewallSubnet,
                managementSubnet: tier === 'Basic' ? managementSubnet : undefined,
                firewallId: idIn(base, ['azureFirewalls'], [firewallName ?? '']),
                policyId: idIn(base, ['firewallPolicies'], [policyName ?? '']),
                publicIpId: idIn(base, ['publicIPAddresses'], [publicIpName ?? '']),
                managementPublicIpId: tier === 'Basic'
                    ? idIn(base, ['publicIPAddresses'], [`${publicIpName ?? ''}-mgmt`])
                    : undefined,
                tier: tier ?? 'Standard',
                threatIntelMode: threatIntelMode ?? 'Alert',
                dnsProxy: tier === 'Basic' ? false : (dnsProxy ?? true),
            };
        return {
            ...base,
            clusterSubnet: clusterSubnet,
            location,
            offline: common.offline,
            cloud: common.cloud,
            firewall,
            ruleCollectionGroupName: rcgName ??
                (firewallRef !== undefined
                    ? defaultHubGroupName(clusterSubnet)
                    : DEFAULTS.ruleCollectionGroupName),
            ruleCollectionGroupPriority: rcgPriority ?? 500,
            privateCluster: privateCluster ?? false,
            apiServerIp,
            customDnsServers: customDnsServers ?? [],
            optionalGroups: optionalGroups ?? [],
            extraApplicationRules: extraApplication ?? [],
            extraNetworkRules: extraNetwork ?? [],
            sourceAddresses,
            routeTableName: routeTableName ?? '',
            routeTableId: idIn(base, ['routeTables'], [routeTableName ?? '']),
            allowEgressChanges: allowEgressChanges ?? false,
            allowRouteTableReplacement: allowRouteTableReplacement ?? false,
            inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/index.ts






const configureFirewallEgress = {
    manifest: configureFirewallEgressManifest,
    parseSpec: parseConfigureFirewallEgressSpec,
    azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
    observe: observeConfigureFirewallEgress,
    offlineState: offlineConfigureFirewallEgressState,
    plan: planConfigureFirewallEgress,
    allowedFlags: allowedEgressFlags,
    optInInput: flag => OPT_IN_INPUTS[flag],
    apply: applyConfigureFirewallEgress,
    outputs: egressOutputs,
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

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ var __webpack_exports__ = __nccwpck_require__(58163);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
