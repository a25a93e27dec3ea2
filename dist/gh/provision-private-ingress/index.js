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
/* harmony export */   gP: () => (/* binding */ PRIVATE_DNS_API_VERSION),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   tJ: () => (/* binding */ isManagedByUs)
/* harmony export */ });
/* unused harmony exports apiVersionFor, SUBNET_WRITABLE_PROPERTIES */
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
/* unused harmony exports RISK_FLAGS, KNOWN_AFTER_APPLY_PREFIX, isKnownAfterApply, applyOrder, armChange, sameJson, containsJson */

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
    return stableSort(changes, rankFor(['delete', 'create', 'install', 'apply', 'update', 'upgrade']));
}
/**
 * Apply order: make before break. Creates, then updates, then deletions; no-ops are dropped.
 * Within one action the planner's order (its dependency order) is kept.
 */
function applyOrder(changes) {
    return stableSort(changes.filter(c => !isNoop(c)), rankFor(['create', 'install', 'apply', 'update', 'upgrade', 'delete']));
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
/** Deep equality of JSON values (maps compare by keys, arrays by order). */
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4620);

const TOOL_NAME = 'aks-secure-networking';
const PLAN_SCHEMA_VERSION = 1;
/** Recursively sorts object keys so the same plan always serialises to the same bytes. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
                ...(change.body === undefined ? {} : { body: canonical(change.body) }),
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
    delete: '- delete',
    noop: '  no change',
};
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function countActions(plan) {
    const noops = plan.changes.filter(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isNoop */ .X5).length;
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
        ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .displayOrder */ .FX)(plan.changes).map(c => `| ${ACTION_MARK[c.action]} | \`${escapeCell((0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`),
    ];
    const outputs = Object.entries(plan.outputs);
    if (outputs.length > 0) {
        lines.push('', '| output | value |', '| --- | --- |');
        for (const [name, value] of outputs)
            lines.push(`| ${name} | \`${escapeCell(value)}\` |`);
    }
    return `${lines.join('\n')}\n`;
}
/** One line per change for the log. */
function renderPlanText(plan) {
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .displayOrder */ .FX)(plan.changes).map(c => {
        const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : '';
        return `${ACTION_MARK[c.action].padEnd(11)} ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(c)}: ${c.reason}${flags}`;
    });
}


/***/ }),

/***/ 13401:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(78326);
/* harmony import */ var _hosts_github_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58154);
/* harmony import */ var _steps_provision_private_ingress_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(49326);



await (0,_hosts_github_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runGithubStep */ .N)(_steps_provision_private_ingress_index_js__WEBPACK_IMPORTED_MODULE_1__/* .provisionPrivateIngress */ .w, _hosts_azure_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAzure */ .y);

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

/***/ 58154:
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
// EXTERNAL MODULE: ./src/core/render.ts
var render = __nccwpck_require__(31595);
// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var inputs_structured = __nccwpck_require__(16126);
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
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(618)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35618));
    return createCluster({ exec: host.exec, kubeconfigPath: location.path, log: host.log });
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
        const structured = step.manifest.inputs.filter(i => i.structured && inputOnHost(i, host.kind));
        if (structured.some(i => host.inputs.get(i.id)?.trim()))
            await (0,inputs_structured/* loadStructuredParser */.V)();
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
        if (common.planFile !== undefined) {
            const path = await writeRunFile(host, common.planFile, (0,render/* renderPlanJson */.uC)(planned, planContext));
            host.log.info(`${name}: plan file written to ${path}`);
            outputs['plan-file'] = path;
        }
        let final = { ...planned.outputs };
        if (common.mode === 'apply') {
            const blocked = (0,core_plan/* blockedChanges */.Q$)(planned, step.allowedFlags(spec));
            if (blocked.length > 0)
                throw new errors/* OptInRequiredError */.Uo(optInMessage(host, step, blocked));
            if ((0,core_plan/* hasWrites */.Lu)(planned)) {
                await host.log.group(`${name}: apply`, () => step.apply(ctx, spec, planned));
                const after = await step.observe(ctx, spec);
                const remaining = step.plan(spec, after).changes.filter(c => c.action !== 'noop');
                if (remaining.length > 0) {
                    throw new errors/* ConvergenceError */.g7(`${name}: after apply, ${remaining.length} change(s) are still pending: ${remaining.map(core_plan/* changeSubject */.Xg).join(', ')}. Another writer may be changing these resources; run the step again to see the plan.`);
                }
                final = step.outputs(spec, after);
            }
            else {
                host.log.info(`${name}: nothing to change.`);
                final = step.outputs(spec, state);
            }
        }
        Object.assign(outputs, final);
        for (const [id, value] of Object.entries(outputs))
            host.outputs.set(id, value);
        await host.summary.write((0,render/* renderPlanMarkdown */.d$)({ ...planned, outputs }, planContext));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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
                ...(options.stdin !== undefined ? { input: Buffer.from(options.stdin, 'utf8') } : {}),
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
    return {
        kind: 'github',
        inputs: new GithubInputs(),
        log,
        outputs: new GithubOutputs(),
        summary: new GithubSummary(),
        secrets: new GithubSecrets(),
        exec: new GithubExec(),
        clock: systemClock,
        readAzureConnection: readGithubConnection,
        checkAzurePreconditions: checkGithubOidc,
        fail: message => {
            process.exitCode = 1;
            log.error(message);
        },
        succeed: () => undefined,
        workingDirectory: process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
        tempDirectory: process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(),
    };
}
/** The GitHub Actions entry: run one step with the runner's inputs and file commands. */
async function runGithubStep(step, loadAzure) {
    await runStep({ ...githubHost(), ...(loadAzure ? { loadAzure } : {}) }, step);
}


/***/ }),

/***/ 49326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ provisionPrivateIngress)
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
var plan = __nccwpck_require__(4620);
;// CONCATENATED MODULE: ./src/core/apply-passes.ts



/** The body of a change, where values known only after apply would appear. */
function payload(change) {
    switch (change.target) {
        case 'arm':
            return change.body;
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
        chart: 'ingress-nginx',
        repo: spec.chartRepo,
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
function controllerFor(spec) {
    switch (spec.controller) {
        case 'nginx':
            return nginxController;
    }
}

// EXTERNAL MODULE: ./src/core/network.ts
var network = __nccwpck_require__(13661);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/observe.ts


/** The tag that records which Private Link Service a step-created endpoint belongs to. */
const OWNER_TAG = 'aks-secure-networking-pls';
async function readIfAllowed(arm, id) {
    try {
        return await arm.getPrivateEndpoint(id);
    }
    catch (error) {
        if (error.status === 403)
            return undefined;
        throw error;
    }
}
/** The tag that remembers an endpoint's A record, so the record goes when the endpoint goes. */
const DNS_NAME_TAG = 'aks-secure-networking-dns-name';
function recordId(zoneId, name) {
    return `${zoneId}/A/${name}`;
}
/** AKS keeps the internal load balancer of LoadBalancer Services under this name. */
function internalLoadBalancerId(spec) {
    return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.nodeResourceGroup}/providers/Microsoft.Network/loadBalancers/kubernetes-internal`;
}
async function endpointState(arm, endpointId, vnetId) {
    const [endpoint, vnet] = await Promise.all([
        arm.getPrivateEndpoint(endpointId),
        vnetId ? arm.getVirtualNetwork(vnetId) : Promise.resolve(undefined),
    ]);
    const nics = (0,network/* propertiesOf */.P1)(endpoint)['networkInterfaces'];
    const nicId = Array.isArray(nics) ? (0,network/* referenceId */.VX)(nics[0]) : undefined;
    const nic = nicId ? await arm.getNetworkInterface(nicId) : undefined;
    const configs = (0,network/* propertiesOf */.P1)(nic)['ipConfigurations'];
    const first = Array.isArray(configs) ? configs[0] : undefined;
    return {
        endpoint,
        privateIp: (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(first)['privateIPAddress']),
        location: (0,network/* stringValue */.r$)(vnet?.['location']),
    };
}
/** Private Endpoints connected to the Private Link Service. */
function connectedEndpointIds(pls) {
    const connections = (0,network/* propertiesOf */.P1)(pls)['privateEndpointConnections'];
    if (!Array.isArray(connections))
        return [];
    return connections
        .map(c => (0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(c)['privateEndpoint']))
        .filter((id) => id !== undefined);
}
/** Reads the cluster (release, Service) and Azure (load balancer, PLS, endpoints), once each. */
async function observeProvisionPrivateIngress(ctx, spec) {
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
    const desired = new Set(spec.endpoints.map(e => e.id.toLowerCase()));
    const endpoints = new Map(await Promise.all(spec.endpoints.map(async (e) => [e.id, await endpointState(ctx.arm, e.id, e.subnet.parent?.id)])));
    const others = connectedEndpointIds(pls).filter(id => !desired.has(id.toLowerCase()));
    // Other teams' endpoints may sit where this identity cannot read: those are not the step's.
    const strayEndpoints = (await Promise.all(others.map(async (id) => ({ id, endpoint: await readIfAllowed(ctx.arm, id) })))).filter(e => e.endpoint !== undefined &&
        (0,network/* isManagedByUs */.tJ)(e.endpoint) &&
        (0,network/* tagsOf */.Fg)(e.endpoint)[OWNER_TAG] === spec.plsId.toLowerCase());
    const stray = strayEndpoints.map(e => e.id);
    const zone = spec.privateDnsZone;
    const strayRecords = zone
        ? strayEndpoints
            .map(e => (0,network/* tagsOf */.Fg)(e.endpoint)[DNS_NAME_TAG])
            .filter((n) => n !== undefined)
            .map(n => recordId(zone.id, n))
        : [];
    const recordIds = zone
        ? [...spec.endpoints.map(e => recordId(zone.id, e.dnsName)), ...strayRecords]
        : [];
    const [dnsZone, ...recordBodies] = await Promise.all([
        zone ? ctx.arm.getPrivateDnsZone(zone.id) : none,
        ...recordIds.map(id => ctx.arm.getARecordSet(id)),
    ]);
    const records = new Map(recordIds.map((id, i) => [id, recordBodies[i]]));
    return {
        vnetLocation: (0,network/* stringValue */.r$)(vnet?.['location']),
        release,
        service,
        loadBalancer,
        plsSubnet,
        pls,
        endpoints,
        strayEndpoints: stray,
        dnsZone,
        records,
        strayRecords,
    };
}
function offlineProvisionPrivateIngressState() {
    return {
        vnetLocation: undefined,
        release: undefined,
        service: undefined,
        loadBalancer: undefined,
        plsSubnet: undefined,
        pls: undefined,
        endpoints: new Map(),
        strayEndpoints: [],
        dnsZone: undefined,
        records: new Map(),
        strayRecords: [],
    };
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __nccwpck_require__(47202);
;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/manifest.ts

const PRIVATE_LINK_MODES = ['service', 'arm', 'none'];
const CONTROLLERS = ['nginx'];
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
    summary: 'NGINX ingress on an internal load balancer, published to other VNets through Private Link.',
    description: 'Installs the ingress controller behind an internal Standard Load Balancer (no public IP), publishes it through a Private Link Service, and creates Private Endpoints in consumer networks.',
    inputs: [
        ...common_inputs/* COMMON_INPUTS */.s7,
        ...common_inputs/* CLUSTER_INPUTS */.PS,
        {
            id: 'resource-group',
            required: true,
            description: 'Resource group of the cluster; with `private-link: arm` the Private Link Service is created here.',
        },
        {
            id: 'cluster-name',
            required: false,
            description: 'Name of the AKS cluster in `resource-group`: the step reads its node resource group, virtual network and region through ARM. Give this, or `node-resource-group` and `vnet-id` (always with `offline`).',
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
            description: 'Ingress controller: `nginx` (the community ingress-nginx chart, retired in March 2026: pinned to its last release, see the README).',
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
            description: 'Helm repository of the chart.',
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
            description: '`service`: the cloud provider creates the Private Link Service from the Service’s `azure-pls-*` annotations; `arm`: the step creates it on the load balancer’s frontend; `none`.',
        },
        {
            id: 'pls-name',
            required: false,
            description: 'Name of the Private Link Service; default `pls-<release-name>`.',
        },
        {
            id: 'pls-subnet-id',
            required: false,
            description: 'Subnet of the Private Link Service’s NAT IPs, in the cluster VNet (required with `private-link: arm`, where the step sets its `privateLinkServiceNetworkPolicies` to Disabled; with `service` the cloud provider does).',
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
            description: 'NAT IPs of the Private Link Service (1–8).',
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
            description: 'How long to wait for the Service’s private IP and the Private Link Service (Go-style duration).',
        },
    ],
    outputs: [
        {
            id: 'ingress-private-ip',
            description: 'Private IP of the ingress controller’s internal load balancer frontend.',
        },
        {
            id: 'private-link-service-id',
            description: 'Resource ID of the Private Link Service (empty with `private-link: none`).',
        },
        {
            id: 'private-link-service-alias',
            description: 'Alias consumers use to request a Private Endpoint.',
        },
        { id: 'private-endpoints', description: 'JSON object: Private Endpoint name → private IP.' },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

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
        tags: { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
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

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/plan.ts







const STEP = provisionPrivateIngressManifest.name;
/** Deep equality of JSON values, as Helm returns values (numbers, strings, maps). */
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
/** Subscription lists and FQDNs compare as sets: ARM may return them in another order or case. */
function sameSet(a, b) {
    const norm = (xs) => JSON.stringify([...new Set(xs.map(x => x.toLowerCase()))].sort());
    return norm(a) === norm(b);
}
function subscriptionsOf(value) {
    const subs = value?.subscriptions;
    return Array.isArray(subs) ? subs.map(String) : [];
}
function arm(resourceId, action, reason, extra = {}) {
    return {
        target: 'arm',
        action,
        resourceId,
        apiVersion: /\/privateDnsZones\//i.test(resourceId)
            ? network/* PRIVATE_DNS_API_VERSION */.gP
            : network/* NETWORK_API_VERSION */.N6,
        reason,
        flags: [],
        ...extra,
    };
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
        sameJson(current.values, desired.values)) {
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
    const frontends = (0,network/* propertiesOf */.P1)(state.loadBalancer)['frontendIPConfigurations'];
    if (!Array.isArray(frontends) || ip === undefined)
        return undefined;
    const match = frontends.find(f => (0,network/* propertiesOf */.P1)(f)['privateIPAddress'] === ip);
    return (0,network/* stringValue */.r$)(match?.['id']);
}
function planPrivateLinkService(spec, state, location, releaseKey) {
    if (spec.privateLink !== 'arm' || !spec.plsSubnet)
        return [];
    const changes = [];
    if (!spec.offline && state.plsSubnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the subnet '${spec.plsSubnet.id}' does not exist or is not visible to this identity; check '${spec.inputNames['pls-subnet-id'] ?? 'pls-subnet-id'}'.`);
    }
    const policies = (0,network/* propertiesOf */.P1)(state.plsSubnet)['privateLinkServiceNetworkPolicies'];
    const subnetReady = state.plsSubnet !== undefined && policies === 'Disabled';
    if (!subnetReady) {
        changes.push(arm(spec.plsSubnet.id, 'update', 'disable private link service network policies on the NAT subnet, keeping every other property', {
            body: state.plsSubnet
                ? (0,network/* subnetPutBody */.Ng)(state.plsSubnet, { privateLinkServiceNetworkPolicies: 'Disabled' })
                : {
                    name: spec.plsSubnet.name,
                    properties: { privateLinkServiceNetworkPolicies: 'Disabled' },
                },
        }));
    }
    const frontend = frontendFor(state, serviceIp(state)) ??
        (0,plan/* knownAfterApply */.C1)('the internal load balancer frontend of the controller’s Service');
    const body = privateLinkServiceBody(spec, location, frontend);
    const dependsOn = [releaseKey, ...(subnetReady ? [] : [spec.plsSubnet.id])];
    const observed = state.pls;
    if (observed === undefined) {
        changes.push(arm(spec.plsId, 'create', 'publish the internal load balancer frontend through a Private Link Service', { body, dependsOn }));
        return changes;
    }
    const o = (0,network/* propertiesOf */.P1)(observed);
    const want = (0,network/* propertiesOf */.P1)(body);
    const frontends = (o['loadBalancerFrontendIpConfigurations'] ?? []);
    // NAT IPs can be added but never removed: more than asked for is as good as asked for.
    const same = frontends.length === 1 &&
        (0,network/* sameId */.s)((0,network/* referenceId */.VX)(frontends[0]), frontend) &&
        (o['ipConfigurations'] ?? []).length >= spec.natIpCount &&
        sameSet(subscriptionsOf(o['visibility']), spec.visibility) &&
        sameSet(subscriptionsOf(o['autoApproval']), spec.autoApproval) &&
        (o['enableProxyProtocol'] ?? false) === spec.proxyProtocol &&
        sameSet(Array.isArray(o['fqdns']) ? o['fqdns'].map(String) : [], spec.plsFqdns);
    if (same) {
        changes.push(arm(spec.plsId, 'noop', 'the Private Link Service publishes the controller as desired'));
        return changes;
    }
    if (observed['tags']?.[network/* MANAGED_BY_TAG */.dS] !== network/* MANAGED_BY_VALUE */.Q9) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: Private Link Service '${spec.plsId}' exists but was not created by this step; set '${spec.inputNames['pls-name'] ?? 'pls-name'}' to another name.`);
    }
    // NAT IPs can only be added, never removed, once in use: keep the existing ones.
    const existingNat = (o['ipConfigurations'] ?? []);
    const properties = (0,network/* propertiesOf */.P1)(body);
    const nat = existingNat.length >= spec.natIpCount
        ? existingNat.map(c => ({ name: c['name'], properties: { ...(0,network/* propertiesOf */.P1)(c) } }))
        : properties['ipConfigurations'];
    changes.push(arm(spec.plsId, 'update', 'set the Private Link Service’s frontend, NAT IPs, visibility and approvals', {
        body: { ...body, tags: observed['tags'], properties: { ...want, ipConfigurations: nat } },
        dependsOn,
    }));
    return changes;
}
function connectionState(endpoint) {
    const props = (0,network/* propertiesOf */.P1)(endpoint);
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
        const list = props[key];
        if (Array.isArray(list) && list.length > 0) {
            const state = (0,network/* propertiesOf */.P1)(list[0])['privateLinkServiceConnectionState'];
            return state?.status;
        }
    }
    return undefined;
}
function ownerTag(spec) {
    return spec.plsId.toLowerCase();
}
/** Created by this step for this Private Link Service (two pipelines never take each other's). */
function isOwnedEndpoint(spec, endpoint) {
    const tags = (endpoint?.['tags'] ?? {});
    return tags[network/* MANAGED_BY_TAG */.dS] === network/* MANAGED_BY_VALUE */.Q9 && tags[OWNER_TAG] === ownerTag(spec);
}
function connectionTarget(endpoint) {
    const props = (0,network/* propertiesOf */.P1)(endpoint);
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
        const list = props[key];
        if (Array.isArray(list) && list.length > 0) {
            const target = (0,network/* propertiesOf */.P1)(list[0])['privateLinkServiceId'];
            if (typeof target === 'string')
                return target;
        }
    }
    return undefined;
}
/** A listed endpoint that exists must be the step's own, in the listed subnet, to this service. */
function checkExistingEndpoint(spec, id, subnetId, endpoint, plsRef) {
    const problem = !isOwnedEndpoint(spec, endpoint)
        ? 'was not created by this step for this Private Link Service'
        : !(0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(endpoint)['subnet']), subnetId)
            ? 'is in another subnet than the listed one'
            : !(0,network/* sameId */.s)(connectionTarget(endpoint), plsRef)
                ? `connects to '${connectionTarget(endpoint) ?? '?'}', not to this Private Link Service`
                : undefined;
    if (problem) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: Private Endpoint '${id}' exists but ${problem}; a Private Endpoint's subnet and target cannot change. Give it another name in '${spec.inputNames['private-endpoints'] ?? 'private-endpoints'}', or delete it.`);
    }
}
function planEndpoints(spec, state, location, releaseKey) {
    const changes = [];
    const plsKnown = spec.privateLink === 'arm' || state.pls !== undefined;
    const plsRef = plsKnown
        ? spec.plsId
        : (0,plan/* knownAfterApply */.C1)('the Private Link Service the cloud provider creates');
    for (const e of spec.endpoints) {
        const observed = state.endpoints.get(e.id);
        const auto = spec.autoApproval.includes(e.subnet.subscriptionId);
        if (observed?.endpoint === undefined) {
            const connection = {
                name: `${e.name}-to-${spec.plsName}`.slice(0, 80),
                properties: {
                    privateLinkServiceId: plsRef,
                    ...(e.requestMessage && !auto ? { requestMessage: e.requestMessage } : {}),
                },
            };
            changes.push(arm(e.id, 'create', `Private Endpoint in '${e.subnet.parent?.name ?? '?'}/${e.subnet.name}' to the Private Link Service${auto ? ' (auto-approved subscription)' : ', approved by the step'}`, {
                body: {
                    location: observed?.location ?? spec.location ?? location,
                    tags: {
                        [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9,
                        [OWNER_TAG]: ownerTag(spec),
                        ...(spec.privateDnsZone ? { [DNS_NAME_TAG]: e.dnsName } : {}),
                    },
                    properties: {
                        subnet: { id: e.subnet.id },
                        [auto ? 'privateLinkServiceConnections' : 'manualPrivateLinkServiceConnections']: [
                            connection,
                        ],
                    },
                },
                dependsOn: spec.privateLink === 'arm' ? [spec.plsId] : [releaseKey],
            }));
            continue;
        }
        checkExistingEndpoint(spec, e.id, e.subnet.id, observed.endpoint, plsRef);
        changes.push(arm(e.id, 'noop', `Private Endpoint exists (connection ${connectionState(observed.endpoint) ?? 'unknown'})`));
    }
    // Approve pending connections, only those of endpoints the step created for this service.
    const ours = new Set(spec.endpoints
        .filter(e => isOwnedEndpoint(spec, state.endpoints.get(e.id)?.endpoint))
        .map(e => e.id.toLowerCase()));
    const connections = (0,network/* propertiesOf */.P1)(state.pls)['privateEndpointConnections'];
    for (const c of (Array.isArray(connections) ? connections : [])) {
        const props = (0,network/* propertiesOf */.P1)(c);
        const endpointId = (0,network/* referenceId */.VX)(props['privateEndpoint']);
        const status = props['privateLinkServiceConnectionState']
            ?.status;
        if (!endpointId || !ours.has(endpointId.toLowerCase()) || status !== 'Pending')
            continue;
        changes.push(arm(`${spec.plsId}/privateEndpointConnections/${String(c['name'])}`, 'update', `approve the connection of '${endpointId.split('/').pop() ?? ''}'`, {
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
        changes.push(arm(id, 'delete', 'no longer in the endpoint list; the step created it'));
    }
    return changes;
}
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
                metadata: { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
            },
        };
        const observed = state.records.get(id);
        if (observed === undefined) {
            changes.push(arm(id, 'create', `A record ${e.dnsName}.${zone.name} → the private IP of ${e.name}`, {
                body,
                dependsOn: [e.id],
            }));
            continue;
        }
        const records = (0,network/* propertiesOf */.P1)(observed)['aRecords'];
        const current = Array.isArray(records)
            ? records.map(r => r.ipv4Address)
            : [];
        if (current.length === 1 && current[0] === ip && (0,network/* propertiesOf */.P1)(observed)['ttl'] === 300) {
            changes.push(arm(id, 'noop', `A record ${e.dnsName}.${zone.name} points at ${ip}`));
            continue;
        }
        const metadata = (0,network/* propertiesOf */.P1)(observed)['metadata'];
        if (metadata?.[network/* MANAGED_BY_TAG */.dS] !== network/* MANAGED_BY_VALUE */.Q9) {
            throw new errors/* PreconditionError */.Rb(`${STEP}: the A record '${id}' exists but was not written by this step; give the endpoint another dns-name or remove the record.`);
        }
        changes.push(arm(id, 'update', `point A record ${e.dnsName}.${zone.name} at ${ip}`, {
            body,
            dependsOn: [e.id],
        }));
    }
    for (const id of state.strayRecords) {
        const observed = state.records.get(id);
        const metadata = (0,network/* propertiesOf */.P1)(observed)['metadata'];
        if (observed !== undefined && metadata?.[network/* MANAGED_BY_TAG */.dS] === network/* MANAGED_BY_VALUE */.Q9) {
            changes.push(arm(id, 'delete', 'its Private Endpoint leaves the list; the step wrote it'));
        }
    }
    return changes;
}
function ingressOutputs(spec, state) {
    const endpoints = Object.fromEntries(spec.endpoints.map(e => [
        e.name,
        state.endpoints.get(e.id)?.privateIp ?? (0,plan/* knownAfterApply */.C1)(`private IP of ${e.name}`),
    ]));
    return {
        'ingress-private-ip': serviceIp(state) ?? (0,plan/* knownAfterApply */.C1)('the controller’s internal load balancer IP'),
        'private-link-service-id': spec.privateLink === 'none' ? '' : spec.plsId,
        'private-link-service-alias': spec.privateLink === 'none'
            ? ''
            : ((0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(state.pls)['alias']) ??
                (0,plan/* knownAfterApply */.C1)('the Private Link Service alias')),
        'private-endpoints': JSON.stringify(endpoints),
    };
}
/** Pure: the controller release first, then the Private Link Service, then the endpoints. */
function planProvisionPrivateIngress(spec, state) {
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${spec.inputNames['vnet-id'] ?? 'vnet-id'}'.`);
    }
    const release = planRelease(spec, state);
    const key = (0,plan/* changeKey */.Cy)(release);
    const changes = [
        release,
        ...planPrivateLinkService(spec, state, location, key),
        ...planEndpoints(spec, state, location, key),
        ...planRecords(spec, state),
    ];
    const notice = controllerFor(spec).notice;
    return {
        step: STEP,
        changes,
        outputs: ingressOutputs(spec, state),
        warnings: notice ? [notice] : [],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/apply.ts







const apply_STEP = 'provision-private-ingress';
const POLL_MS = 5000;
async function runChange(ctx, change) {
    ctx.log.info(`${change.action} ${(0,plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
    if (change.target === 'helm') {
        await ctx.kube.helmUpgradeInstall({
            release: change.release,
            namespace: change.namespace,
            chart: change.chart,
            repo: change.repo,
            version: change.version,
            values: change.values,
        });
        return;
    }
    if (change.target !== 'arm')
        throw new Error(`${apply_STEP}: cannot apply ${(0,plan/* changeSubject */.Xg)(change)}`);
    await applyArmChange(ctx.arm, change);
}
/**
 * Waits, bounded by `wait-timeout`, for what the platform does after the release is applied:
 * the Service's private IP, and with `private-link: service` the Private Link Service the cloud
 * provider creates.
 */
async function settle(ctx, spec, deadline) {
    const svc = controllerFor(spec).service(spec);
    for (;;) {
        const service = await ctx.kube.getService(svc.namespace, svc.name);
        const ip = service?.loadBalancerIps[0];
        const pls = ip && spec.privateLink === 'service'
            ? await ctx.arm.getPrivateLinkService(spec.plsId)
            : undefined;
        if (ip && (spec.privateLink !== 'service' || pls)) {
            ctx.log.info(`${svc.namespace}/${svc.name} has private IP ${ip}${pls ? ` and Private Link Service ${spec.plsName}` : ''}`);
            return;
        }
        const left = deadline - ctx.clock.now().getTime();
        if (left <= 0) {
            throw new errors/* PreconditionError */.Rb(ip
                ? `${apply_STEP}: the cloud provider did not create Private Link Service '${spec.plsId}' within ${spec.waitTimeoutMs / 1000} s. Check the Service's events (kubectl describe service -n ${svc.namespace} ${svc.name}) and the cluster identity's rights on the PLS subnet, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`
                : `${apply_STEP}: Service ${svc.namespace}/${svc.name} got no private IP within ${spec.waitTimeoutMs / 1000} s. Check its events (kubectl describe service -n ${svc.namespace} ${svc.name}): a taken or out-of-subnet '${spec.inputNames['load-balancer-ip'] ?? 'load-balancer-ip'}', or missing rights of the cluster identity on the subnet, are the usual causes.`);
        }
        ctx.log.info(`waiting for ${ip ? `Private Link Service ${spec.plsName}` : `the private IP of ${svc.namespace}/${svc.name}`} (${Math.ceil(left / 1000)} s left)`);
        await ctx.clock.sleep(Math.min(POLL_MS, left));
    }
}
async function applyProvisionPrivateIngress(ctx, spec, plan) {
    // One bound for all the waiting of this run, however many passes it takes.
    const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs;
    await applyInPasses({
        step: apply_STEP,
        plan,
        allowed: new Set(),
        replanAfterFullPass: true,
        maxPasses: 5,
        run: change => runChange(ctx, change),
        settle: () => settle(ctx, spec, deadline),
        replan: async () => planProvisionPrivateIngress(spec, await observeProvisionPrivateIngress(ctx, spec)),
    });
    // The Service's IP (and the cloud provider's PLS) is awaited even when nothing waited on it.
    await settle(ctx, spec, deadline);
}

// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var parsed = __nccwpck_require__(85772);
;// CONCATENATED MODULE: ./src/core/inputs/ipv4.ts

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1';
/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
function parseIpv4(raw) {
    if (raw.includes('/'))
        return (0,parsed/* fail */.f)(`a CIDR range, not a single address; ${ACCEPTED}`);
    const octets = raw.split('.');
    if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
        return (0,parsed/* fail */.f)(`not an IPv4 address; ${ACCEPTED}`);
    }
    const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'));
    if (leadingZero !== undefined) {
        return (0,parsed/* fail */.f)(`octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ACCEPTED}`);
    }
    const tooLarge = octets.find(octet => Number(octet) > 255);
    if (tooLarge !== undefined)
        return (0,parsed/* fail */.f)(`octet '${tooLarge}' is above 255; ${ACCEPTED}`);
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
;// CONCATENATED MODULE: ./src/core/inputs/ipv6.ts


const ipv6_ACCEPTED = 'use an IPv6 address like fd00::1';
/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
function parseIpv6(raw) {
    if (raw.includes('/'))
        return (0,parsed/* fail */.f)(`a CIDR range, not a single address; ${ipv6_ACCEPTED}`);
    if (raw.includes('%'))
        return (0,parsed/* fail */.f)(`zone indexes ('%') are not accepted; ${ipv6_ACCEPTED}`);
    if (!(0,external_node_net_.isIPv6)(raw))
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
        if ((0,external_node_net_.isIP)(name) !== 0 || (0,external_node_net_.isIP)(name.replace(/^\[|\]$/g, '')) !== 0) {
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

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/spec.ts













const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
function integerIn(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,parsed.ok)(Number(raw))
        : (0,parsed/* fail */.f)(`must be a whole number from ${min} to ${max}`);
}
/** A DNS-1123 label, as Kubernetes and Helm require for namespaces, releases and classes. */
function kubernetesName(maxLength) {
    return raw => raw.length <= maxLength && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(raw)
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
    'subnet-id': string({ parse: (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE) }),
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
    const vnet = reader.optional('vnet-id', (0,resource_id/* parseResourceId */.RQ)('Microsoft.Network/virtualNetworks'));
    const fromCluster = reader.isSet('cluster-name') && !common.offline;
    for (const id of ['node-resource-group', 'vnet-id']) {
        if (!fromCluster && !reader.isSet(id)) {
            reader.problem(id, undefined, common.offline
                ? 'is required with offline: an offline plan cannot read the cluster.'
                : `is required unless '${reader.name('cluster-name')}' is given, to read it from the cluster.`);
        }
    }
    const location = reader.optional('location', azure_names/* parseLocation */.zS);
    const controller = reader.withDefault('controller', (0,choice/* parseChoice */.H)(CONTROLLERS));
    const namespace = reader.withDefault('ingress-namespace', kubernetesName(63));
    // The chart names the Service `<release>-controller` within 63 characters.
    const release = reader.withDefault('release-name', kubernetesName(52));
    const chartVersion = reader.withDefault('chart-version', (raw) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
        ? (0,parsed.ok)(raw)
        : (0,parsed/* fail */.f)('must be a pinned chart version, like 4.15.1'));
    const chartRepo = reader.withDefault('chart-repo', (raw) => /^(https:\/\/|oci:\/\/)/.test(raw)
        ? (0,parsed.ok)(raw)
        : (0,parsed/* fail */.f)('must be an https:// or oci:// repository URL'));
    const replicas = reader.withDefault('replicas', integerIn(1, 10));
    const ingressClass = reader.withDefault('ingress-class', kubernetesName(63));
    const internalSubnetName = reader.optional('internal-subnet-name', (0,azure_names/* parseResourceName */.p$)('subnet', { maxLength: 80 }));
    const loadBalancerIp = reader.optional('load-balancer-ip', parseIpv4);
    const serviceCidr = reader.withDefault('service-cidr', parseCidr);
    const privateLink = reader.withDefault('private-link', (0,choice/* parseChoice */.H)(PRIVATE_LINK_MODES));
    const plsName = reader.optional('pls-name', (0,azure_names/* parseResourceName */.p$)('private link service', { maxLength: 80 }));
    const plsSubnet = reader.optional('pls-subnet-id', (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE));
    const visibility = reader.optional('pls-visibility', raw => parseListOf(raw, parseSubscriptionOrStar));
    const autoApproval = reader.optional('pls-auto-approval', raw => parseListOf(raw, azure_names/* parseSubscriptionId */.mU));
    const natIpCount = reader.withDefault('pls-nat-ip-count', integerIn(1, 8));
    const proxyProtocol = reader.withDefault('pls-proxy-protocol', inputs_boolean/* parseBoolean */.y);
    const plsFqdns = reader.optional('pls-fqdns', raw => parseListOf(raw, parseFqdn()));
    const endpoints = reader.optional('private-endpoints', parseEndpoints);
    const waitTimeoutMs = reader.withDefault('wait-timeout', parseDuration);
    const privateDnsZone = reader.optional('private-dns-zone-id', (0,resource_id/* parseResourceId */.RQ)('Microsoft.Network/privateDnsZones'));
    if (loadBalancerIp && serviceCidr && cidrContains(serviceCidr, hostRoute(loadBalancerIp))) {
        reader.problem('load-balancer-ip', loadBalancerIp, `is inside the service CIDR ${serviceCidr.text} ('${reader.name('service-cidr')}'); give a free address of the frontend's subnet.`);
    }
    if (plsSubnet && vnet && !(0,resource_id/* resourceIdEquals */.v1)(plsSubnet.parent?.id ?? '', vnet.id)) {
        reader.problem('pls-subnet-id', plsSubnet.id, `is in virtual network '${plsSubnet.parent?.id ?? '?'}', but the load balancer is in '${vnet.id}' ('${reader.name('vnet-id')}'): a Private Link Service takes its NAT IPs from the load balancer's virtual network.`);
    }
    if (privateLink === 'arm' && !reader.isSet('pls-subnet-id')) {
        reader.problem('pls-subnet-id', undefined, `is required with '${reader.name('private-link')}: arm'.`);
    }
    if (privateLink === 'none' && (endpoints?.length ?? 0) > 0) {
        reader.problem('private-endpoints', undefined, `need a Private Link Service; set '${reader.name('private-link')}' to service or arm.`);
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
                const base = e.name ?? `pe-${pls}-${e.subnet.parent?.name ?? 'vnet'}-${e.subnet.name}`;
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
            inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/resolve.ts





const resolve_STEP = 'provision-private-ingress';
function nodeResourceGroupOf(cluster) {
    const value = (0,network/* propertiesOf */.P1)(cluster)['nodeResourceGroup'];
    return typeof value === 'string' ? value : '';
}
function firstSubnetId(cluster) {
    const pools = (0,network/* propertiesOf */.P1)(cluster)['agentPoolProfiles'];
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
    const prefix = (0,network/* propertiesOf */.P1)(subnet)['addressPrefix'];
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

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/index.ts






const provisionPrivateIngress = {
    manifest: provisionPrivateIngressManifest,
    parseSpec: parseProvisionPrivateIngressSpec,
    azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
    needsCluster: () => true,
    resolve: resolveProvisionPrivateIngress,
    observe: observeProvisionPrivateIngress,
    offlineState: offlineProvisionPrivateIngressState,
    plan: planProvisionPrivateIngress,
    allowedFlags: () => new Set(),
    optInInput: () => undefined,
    apply: applyProvisionPrivateIngress,
    outputs: ingressOutputs,
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
/******/ var __webpack_exports__ = __nccwpck_require__(13401);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
