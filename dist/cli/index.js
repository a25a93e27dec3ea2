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
            lines.push(`| ${name} | ${outputCell(value)} |`);
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

/***/ 33546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(28046);

process.exitCode = await (0,_hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 28046:
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

// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __nccwpck_require__(85772);
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
            return (0,inputs_parsed.ok)(match);
        return (0,inputs_parsed/* fail */.f)(`not an accepted value; use one of: ${allowed.join(', ')}`);
    };
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
    const parsed = parseListOf(raw, parseChoice(OPTIONAL_GROUPS));
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

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/core/inputs/ipv6.ts


const ipv6_ACCEPTED = 'use an IPv6 address like fd00::1';
/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
function parseIpv6(raw) {
    if (raw.includes('/'))
        return (0,inputs_parsed/* fail */.f)(`a CIDR range, not a single address; ${ipv6_ACCEPTED}`);
    if (raw.includes('%'))
        return (0,inputs_parsed/* fail */.f)(`zone indexes ('%') are not accepted; ${ipv6_ACCEPTED}`);
    if (!(0,external_node_net_namespaceObject.isIPv6)(raw))
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
        if ((0,external_node_net_namespaceObject.isIP)(name) !== 0 || (0,external_node_net_namespaceObject.isIP)(name.replace(/^\[|\]$/g, '')) !== 0) {
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

;// CONCATENATED MODULE: ./src/core/inputs/structured.ts

const structured_ACCEPTED = 'give one JSON or YAML document';
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
        return (0,inputs_parsed/* fail */.f)(describeJsonError(raw, error instanceof Error ? error.message : String(error)));
    }
    const duplicate = loadYaml(raw).errors.find(error => error.code === 'DUPLICATE_KEY');
    if (duplicate !== undefined)
        return (0,inputs_parsed/* fail */.f)(describeYamlError('JSON', duplicate));
    return (0,inputs_parsed.ok)(value);
}
function parseYaml(raw) {
    const doc = loadYaml(raw);
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined)
        return (0,inputs_parsed/* fail */.f)(describeYamlError('YAML', problem));
    try {
        return (0,inputs_parsed.ok)(doc.toJS({ maxAliasCount: 100 }));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split(':')[0] : 'cannot be read';
        return (0,inputs_parsed/* fail */.f)(`invalid YAML: ${reason}; ${structured_ACCEPTED}`);
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
    return `invalid ${format}${where}: ${withoutQuotedInput(reason)}; ${structured_ACCEPTED}`;
}
function describeJsonError(raw, message) {
    const position = /at position (\d+)/.exec(message)?.[1];
    const reason = withoutQuotedInput(message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, ''));
    if (position === undefined)
        return `invalid JSON: ${reason}; ${structured_ACCEPTED}`;
    const before = raw.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    return `invalid JSON at line ${line}, column ${column}: ${reason}; ${structured_ACCEPTED}`;
}
/** Parser messages may quote the input (`Unexpected token 'x', "{x: 1}" is not valid JSON`). */
function withoutQuotedInput(reason) {
    return reason.replace(/, ".*" is not valid JSON$/, '').replace(/: ".*"$/, '');
}

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
    const structured = parseStructured(raw);
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

;// CONCATENATED MODULE: ./src/core/inputs/boolean.ts

const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema spellings, the rule @actions/toolkit applies to boolean inputs. */
const BOOLEAN_SPELLINGS = [...TRUE_SPELLINGS, ...FALSE_SPELLINGS];
function parseBoolean(raw) {
    if (TRUE_SPELLINGS.includes(raw))
        return (0,inputs_parsed.ok)(true);
    if (FALSE_SPELLINGS.includes(raw))
        return (0,inputs_parsed.ok)(false);
    return (0,inputs_parsed/* fail */.f)(`not a boolean; use one of: ${BOOLEAN_SPELLINGS.join(', ')}`);
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __nccwpck_require__(6879);
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
    return (0,inputs_parsed.ok)(raw);
}
/**
 * Reads the shared inputs the step declares (AZURE_INPUTS, RUN_INPUTS). Records problems on the
 * reader. A step without `mode` runs as `apply`; without the Azure inputs it names no subscription.
 */
function readCommonInputs(reader) {
    const offline = reader.declares('offline')
        ? (reader.optional('offline', parseBoolean) ?? false)
        : false;
    const requestedMode = reader.declares('mode')
        ? (reader.optional('mode', parseMode) ?? 'apply')
        : 'apply';
    const azure = usesAzure(reader.manifest);
    const subscriptionId = !azure
        ? undefined
        : reader.host === 'azure-pipelines'
            ? reader.optional('subscription-id', azure_names/* parseSubscriptionId */.mU)
            : reader.required('subscription-id', azure_names/* parseSubscriptionId */.mU);
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
        ...COMMON_INPUTS,
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
    const tier = reader.withDefault('firewall-sku', parseChoice(FIREWALL_TIERS));
    const threatIntelMode = reader.withDefault('threat-intel-mode', parseChoice(THREAT_INTEL_MODES));
    const dnsProxy = reader.withDefault('dns-proxy', parseBoolean);
    const firewallName = reader.withDefault('firewall-name', parseName('firewall'));
    const policyName = reader.withDefault('firewall-policy-name', parseName('firewall policy'));
    const publicIpName = reader.withDefault('public-ip-name', parseName('public IP'));
    const rcgName = reader.optional('rule-collection-group-name', parseName('rule collection group'));
    const rcgPriority = reader.withDefault('rule-collection-group-priority', parsePriority);
    const privateCluster = reader.withDefault('private-cluster', parseBoolean);
    const apiServerIp = reader.optional('api-server-ip', parseIpv4);
    const customDnsServers = reader.optional('custom-dns-servers', raw => parseListOf(raw, parseIpv4));
    const optionalGroups = reader.optional('optional-groups', parseOptionalGroups);
    const extraApplication = reader.optional('extra-application-rules', parseExtraApplicationRules);
    const extraNetwork = reader.optional('extra-network-rules', parseExtraNetworkRules);
    const sourceAddresses = reader.optional('source-addresses', raw => parseListOf(raw, parseSource));
    const routeTableName = reader.withDefault('route-table-name', parseName('route table'));
    const allowEgressChanges = reader.withDefault('allow-egress-changes', parseBoolean);
    const allowRouteTableReplacement = reader.withDefault('allow-route-table-replacement', parseBoolean);
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

;// CONCATENATED MODULE: ./src/core/cluster.ts
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

;// CONCATENATED MODULE: ./src/core/sealed-secrets.ts

const PRIVATE_KEY_MARKER = /^<private key: not shown[^>]*>$/;
/**
 * The marker a plan shows in place of a private key: it names the key by its public key's
 * SHA-256 fingerprint (of the DER SubjectPublicKeyInfo), which is not a secret.
 */
function privateKeyMarker(publicKeySha256) {
    return `<private key: not shown, public key sha256:${publicKeySha256}>`;
}
function isPrivateKeyMarker(text) {
    return PRIVATE_KEY_MARKER.test(text);
}
/**
 * Secret values a plan needs at apply time but never shows. The plan's changes hold markers
 * (`privateKeyMarker`); apply sends `unseal(values)`, so what is applied is exactly the plan
 * with the markers filled in. The values sit in a private field: JSON.stringify, util.inspect
 * and jest's equality see none of them.
 */
class SealedSecrets {
    #values = new Map();
    /** Registers a secret and returns the marker the plan shows instead. */
    seal(marker, secret) {
        this.#values.set(marker, secret);
        return marker;
    }
    has(marker) {
        return this.#values.has(marker);
    }
    /** The secret behind a marker; throws when the plan holds none for it. */
    reveal(marker) {
        const secret = this.#values.get(marker);
        if (secret === undefined) {
            throw new Error(`the plan holds no secret for the marker '${marker}' (internal error)`);
        }
        return secret;
    }
    /** A deep copy of `value` with every marker replaced by its secret. */
    unseal(value) {
        return mapStrings(value, text => this.#values.has(text) || isPrivateKeyMarker(text) ? this.reveal(text) : text);
    }
    get size() {
        return this.#values.size;
    }
    toJSON() {
        return `<${this.#values.size} sealed secret(s)>`;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `SealedSecrets <${this.#values.size} hidden>`;
    }
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/injection.ts
/**
 * Injection (../shared/reference/mesh.md section 3): namespace annotations, which pods carry
 * the proxy, and which workloads a restart would mesh.
 */

const INJECT_ANNOTATION = 'linkerd.io/inject';
const POLICY_ANNOTATION = 'config.linkerd.io/default-inbound-policy';
const REQUIRED_POLICY = 'all-authenticated';
const PROXY_CONTAINER = 'linkerd-proxy';
/** The proxy's default inbound policy, fixed when the pod was injected. */
const POLICY_ENV = 'LINKERD2_PROXY_INBOUND_DEFAULT_POLICY';
/** AKS's admissions enforcer keeps customer webhooks off namespaces with this label. */
const AKS_CONTROL_PLANE_LABEL = 'control-plane';
/** The annotations the step owns on an injected namespace. */
function desiredAnnotations(requireMtls) {
    return {
        [INJECT_ANNOTATION]: 'enabled',
        ...(requireMtls ? { [POLICY_ANNOTATION]: REQUIRED_POLICY } : {}),
    };
}
function namespaceManifest(name, requireMtls) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, annotations: desiredAnnotations(requireMtls) },
    };
}
/**
 * The namespace's change: a no-op when it carries the desired annotations and the step owns no
 * other annotation there (one it applied earlier, such as a policy no longer required).
 */
function namespaceChange(name, current, requireMtls, dependsOn) {
    const desired = desiredAnnotations(requireMtls);
    const manifest = namespaceManifest(name, requireMtls);
    const base = { target: 'kubernetes', manifest, flags: [], dependsOn };
    if (current === undefined) {
        return { ...base, action: 'apply', reason: 'create the namespace, annotated for injection' };
    }
    const missing = Object.entries(desired).filter(([k, v]) => current.annotations[k] !== v);
    const stale = current.appliedAnnotations.filter(k => !(k in desired));
    if (missing.length === 0 && stale.length === 0) {
        return {
            ...base,
            action: 'noop',
            reason: requireMtls ? 'injection enabled, mTLS required' : 'injection enabled',
        };
    }
    const what = [
        ...missing.map(([k, v]) => `set ${k}: ${v}`),
        ...stale.map(k => `remove ${k} (applied earlier, no longer wanted)`),
    ];
    return { ...base, action: 'apply', reason: what.join('; ') };
}
function containers(pod) {
    return [...pod.initContainers, ...pod.containers];
}
/** The proxy as a native sidecar (init container, Linkerd 2.20+) or a regular container. */
function isMeshed(pod) {
    return containers(pod).some(c => c.name === PROXY_CONTAINER);
}
function proxyInboundPolicy(pod) {
    return containers(pod).find(c => c.name === PROXY_CONTAINER)?.env[POLICY_ENV];
}
/** Pods that count: running or starting, not being deleted. */
function activePods(pods) {
    return pods.filter(p => !p.terminating && (p.phase === 'Running' || p.phase === 'Pending'));
}
const HOST_NETWORK = 'uses the host network, which Linkerd does not mesh';
const OPTED_OUT = `is annotated ${INJECT_ANNOTATION}: disabled`;
/** Why the workload's pods never get a proxy, whatever restarts them. */
function templateOptOut(workload) {
    if (workload.templateHostNetwork)
        return HOST_NETWORK;
    if (workload.templateAnnotations[INJECT_ANNOTATION] === 'disabled')
        return OPTED_OUT;
    return undefined;
}
/** Why a pod will never get a proxy from a restart; undefined when a restart would mesh it. */
function unmeshable(pod, workload) {
    if (pod.hostNetwork)
        return HOST_NETWORK;
    if (pod.annotations[INJECT_ANNOTATION] === 'disabled')
        return OPTED_OUT;
    if (workload === undefined)
        return 'belongs to no Deployment, StatefulSet or DaemonSet to restart';
    return templateOptOut(workload);
}
function workloadKey(ref) {
    return `${ref.kind}/${ref.namespace}/${ref.name}`;
}
function sameWorkload(a, b) {
    return a !== undefined && workloadKey(a) === workloadKey(b);
}
/** Why the workload's pods need new proxies; undefined when they are as wanted. */
function restartReason(workload, pods, requireMtls) {
    if (templateOptOut(workload) !== undefined)
        return undefined;
    const own = activePods(pods).filter(p => sameWorkload(podWorkload(p), workload));
    const unmeshed = own.filter(p => !isMeshed(p));
    if (unmeshed.length > 0) {
        return `${unmeshed.length} of ${own.length} pod(s) have no Linkerd proxy`;
    }
    if (requireMtls) {
        const open = own.filter(p => proxyInboundPolicy(p) !== REQUIRED_POLICY);
        if (open.length > 0) {
            const policy = proxyInboundPolicy(open[0]) ?? 'the cluster default';
            return `${open.length} of ${own.length} pod(s) run their proxy with inbound policy ${policy}, not ${REQUIRED_POLICY}`;
        }
    }
    return undefined;
}
/** The reference a restart change carries: which workload, nothing more. */
function workloadManifest(ref) {
    return {
        apiVersion: 'apps/v1',
        kind: ref.kind,
        metadata: { name: ref.name, namespace: ref.namespace },
    };
}
function workloadOfManifest(manifest) {
    const metadata = manifest['metadata'];
    return {
        kind: manifest['kind'],
        namespace: metadata.namespace,
        name: metadata.name,
    };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/linkerd-versions.ts
/**
 * What the step knows about Linkerd's releases (../shared/reference/mesh.md sections 1.1, 1.2
 * and 1.4): the channels, the edge chart versions of each labelled release, the Kubernetes
 * minimum and the Gateway API versions each supports.
 */

const CHANNELS = ['edge'];
/** The open-source channel: edge releases, chart version `YYYY.M.N` = tag `edge-YY.M.N`. */
const EDGE_REPO = 'https://helm.linkerd.io/edge';
/** edge-26.8.3 (2026-08-21), after Linkerd 2.20; re-check the releases page before moving it. */
const DEFAULT_EDGE_CHART_VERSION = '2026.8.3';
/** Frozen since February 2024 at Linkerd 2.14.10 (chart 1.16.11). */
const STABLE_REPO = 'https://helm.linkerd.io/stable';
const STABLE_REFUSAL = 'the open-source stable Helm repository (https://helm.linkerd.io/stable) stopped at Linkerd 2.14.10 in February 2024, so it would install a 2024 Linkerd; stable builds since come from vendors. Use the open-source edge channel (the default) with a pinned chart version';
function edge(text) {
    const [year = 0, month = 0, number = 0] = text.split('.').map(Number);
    return { year, month, number, text };
}
/** Newest first. Edges between two labels get the older label's facts. */
const LINKERD_RELEASES = [
    {
        name: '2.20',
        firstEdge: edge('2026.6.3'),
        minKubernetes: { major: 1, minor: 31 },
        gatewayApi: { min: '1.2.1', max: '1.5.1' },
    },
    {
        name: '2.19',
        firstEdge: edge('2025.10.7'),
        minKubernetes: { major: 1, minor: 23 },
        gatewayApi: { min: '1.1.1', max: '1.2.1' },
    },
    {
        name: '2.18',
        firstEdge: edge('2025.4.4'),
        minKubernetes: { major: 1, minor: 23 },
        gatewayApi: { min: '1.1.1', max: '1.2.1' },
    },
];
const OLDEST = LINKERD_RELEASES[LINKERD_RELEASES.length - 1];
function compareEdge(a, b) {
    return a.year - b.year || a.month - b.month || a.number - b.number;
}
/** An edge chart version `YYYY.M.N`, Linkerd 2.18 (2025.4.4) or later. */
function parseEdgeChartVersion(raw) {
    const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(raw);
    if (match === null) {
        return (0,inputs_parsed/* fail */.f)(`must be an edge chart version YYYY.M.N (edge-26.8.3 is ${DEFAULT_EDGE_CHART_VERSION}); older '-edge' pre-release versions are not supported`);
    }
    const version = edge(raw);
    if (version.month < 1 || version.month > 12 || version.number < 1) {
        return (0,inputs_parsed/* fail */.f)('must be an edge chart version YYYY.M.N with a month from 1 to 12');
    }
    if (OLDEST && compareEdge(version, OLDEST.firstEdge) < 0) {
        return (0,inputs_parsed/* fail */.f)(`is older than Linkerd ${OLDEST.name} (${OLDEST.firstEdge.text}), the oldest release this step installs`);
    }
    return (0,inputs_parsed.ok)(version);
}
/** The labelled release an edge version belongs to (the newest label at or before it). */
function linkerdReleaseOf(version) {
    const release = LINKERD_RELEASES.find(r => compareEdge(version, r.firstEdge) >= 0) ?? OLDEST;
    if (release === undefined)
        throw new Error('no Linkerd releases are known (internal error)');
    return release;
}
/** `v1.2.1` or `1.2.1` as numbers; undefined when not a version. */
function versionNumbers(text) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Whether a Gateway API bundle version lies in the release's supported range. */
function supportsGatewayApi(release, bundleVersion) {
    const version = versionNumbers(bundleVersion);
    const min = versionNumbers(release.gatewayApi.min);
    const max = versionNumbers(release.gatewayApi.max);
    if (version === undefined || min === undefined || max === undefined)
        return false;
    return compareNumbers(version, min) >= 0 && compareNumbers(version, max) <= 0;
}
function meetsKubernetesMinimum(release, version) {
    return (compareNumbers([version.major, version.minor], [release.minKubernetes.major, release.minKubernetes.minor]) >= 0);
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/manifest.ts


const installMeshManifest = {
    name: 'install-mesh',
    taskName: 'InstallMesh',
    taskIds: {
        prod: 'a3f18f6e-cc54-4d32-9886-e31993be2816',
        test: '672f1b6d-aa6e-4933-92b7-127f6a42b2c7',
    },
    friendlyName: 'AKS: install Linkerd mesh (mTLS)',
    summary: 'Linkerd with its own ECDSA trust anchor and issuer, injected namespaces and mutual TLS that can be required.',
    description: 'Installs Linkerd (edge channel, pinned chart version) with a trust anchor and identity issuer it generates or takes from inputs, keeps the anchor key off the cluster, annotates namespaces for injection, optionally requires mTLS and restarts their workloads, and reports which pods are meshed.',
    inputs: [
        ...RUN_INPUTS,
        ...CLUSTER_INPUTS,
        {
            id: 'channel',
            required: false,
            default: 'edge',
            options: CHANNELS,
            adoType: 'pickList',
            description: 'Release channel: `edge`, the open-source channel. `stable` is refused: the open-source stable repository stopped at Linkerd 2.14 in February 2024.',
        },
        {
            id: 'chart-repo',
            required: false,
            default: EDGE_REPO,
            description: 'Helm repository of the Linkerd charts (a mirror of the edge repository).',
        },
        {
            id: 'chart-version',
            required: false,
            default: DEFAULT_EDGE_CHART_VERSION,
            description: 'Pinned edge chart version `YYYY.M.N` (edge-26.8.3 is 2026.8.3, after Linkerd 2.20), Linkerd 2.18 (2025.4.4) or later. The same version is used for every chart.',
        },
        {
            id: 'trust-anchor-certificate',
            required: false,
            adoType: 'multiLine',
            description: 'PEM trust anchor (root CA) certificate, or a bundle of several during an anchor rotation; ECDSA P-256. Default: the installed one, else a generated anchor.',
        },
        {
            id: 'trust-anchor-key',
            required: false,
            secret: true,
            adoType: 'multiLine',
            description: 'PEM private key of the trust anchor, used only on the runner to sign a new issuer; it never goes to the cluster.',
        },
        {
            id: 'trust-anchor-key-file',
            required: false,
            description: 'Where a generated trust anchor’s private key is written (mode 0600, never overwritten), and read back to sign later issuers. Without it a generated anchor key is discarded.',
        },
        {
            id: 'issuer-certificate',
            required: false,
            adoType: 'multiLine',
            description: 'PEM identity issuer (intermediate CA) certificate, ECDSA P-256, signed by the trust anchor; with `issuer-key`. Default: the installed one, else a generated issuer.',
        },
        {
            id: 'issuer-key',
            required: false,
            secret: true,
            adoType: 'multiLine',
            description: 'PEM private key of `issuer-certificate`.',
        },
        {
            id: 'trust-anchor-validity',
            required: false,
            default: '87600h',
            description: 'Validity of a generated trust anchor (Go-style duration; 87600h is 10 years).',
        },
        {
            id: 'issuer-validity',
            required: false,
            default: '8760h',
            description: 'Validity of a generated issuer (8760h is 1 year); never past the anchor’s end.',
        },
        {
            id: 'min-validity-days',
            required: false,
            default: '60',
            description: 'A generated issuer is replaced when it has fewer days left; warns when the anchor or a given issuer has fewer (Linkerd’s own check uses 60).',
        },
        {
            id: 'ha',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'High availability: 3 replicas of each controller with anti-affinity, disruption budgets and `webhookFailurePolicy: Fail` (the chart’s values-ha.yaml). Needs 3 schedulable nodes.',
        },
        {
            id: 'cni',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Install the Linkerd CNI plugin (release `linkerd-cni`) first, so meshed pods need no NET_ADMIN capability.',
        },
        {
            id: 'inject-namespaces',
            required: false,
            adoType: 'multiLine',
            description: 'Namespaces to mesh (comma or newline separated): annotated `linkerd.io/inject: enabled` by server-side apply, created when missing.',
        },
        {
            id: 'require-mtls',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Also annotate those namespaces `config.linkerd.io/default-inbound-policy: all-authenticated`: meshed pods accept only mTLS-authenticated clients.',
        },
        {
            id: 'restart-workloads',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Restart the Deployments, StatefulSets and DaemonSets of those namespaces whose pods are not yet meshed (or lack the required policy), and wait for them.',
        },
        {
            id: 'wait-timeout',
            required: false,
            default: '10m',
            description: 'How long to wait for the CNI plugin, the control plane and each restarted workload (Go-style duration).',
        },
    ],
    outputs: [
        {
            id: 'trust-anchor-pem',
            description: 'PEM of the trust anchor certificate(s) in use; certificates only, no key.',
        },
        {
            id: 'issuer-expires-at',
            description: 'When the identity issuer certificate expires (ISO 8601, UTC).',
        },
        {
            id: 'meshed-pods',
            description: 'How many running pods in `inject-namespaces` have the Linkerd proxy.',
        },
        {
            id: 'unmeshed-pods',
            description: 'How many running pods in `inject-namespaces` have no Linkerd proxy.',
        },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

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
/**
 * @peculiar/x509, loaded on first use after the reflect-metadata shim its dependency tsyringe
 * needs. A static import would evaluate tsyringe first (jest links CommonJS dependencies of an
 * ES module before running any module body, and a bundle hoists them), and the library is only
 * needed when a step generates certificates.
 */
function loadX509() {
    x509Module ??= (async () => {
        installReflectMetadataShim();
        const x509 = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(927)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8927, 19));
        x509.cryptoProvider.set(external_node_crypto_.webcrypto);
        return x509;
    })();
    return x509Module;
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

;// CONCATENATED MODULE: ./src/steps/install-mesh/certificates.ts
/**
 * X.509 for Linkerd's identity: reading and checking PEM certificates and keys with Node's
 * crypto (OpenSSL), and creating the trust anchor and the issuer with @peculiar/x509. No ASN.1
 * is written by hand here.
 */



const P256 = 'ECDSA P-256';
const ANCHOR_COMMON_NAME = 'root.linkerd.cluster.local';
const ISSUER_COMMON_NAME = 'identity.linkerd.cluster.local';
/** Certificates start a few minutes early so a runner clock ahead of the cluster's is harmless. */
const BACKDATE_MS = 5 * 60 * 1000;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
const KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'];
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map(m => ({ label: m[1] ?? '', text: m[0] }));
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function publicKeyFingerprint(key) {
    return sha256Hex(key.export({ type: 'spki', format: 'der' }));
}
function describeKey(key) {
    const details = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'ec') {
        return details?.namedCurve === 'prime256v1' ? P256 : `ECDSA ${details?.namedCurve ?? '?'}`;
    }
    if (key.asymmetricKeyType === 'rsa')
        return `RSA ${details?.modulusLength ?? '?'}`;
    return key.asymmetricKeyType ?? 'unknown';
}
function toCertificate(x509) {
    return {
        pem: x509.toString().trim() + '\n',
        fingerprint: sha256Hex(x509.raw),
        publicKeyFingerprint: publicKeyFingerprint(x509.publicKey),
        keyAlgorithm: describeKey(x509.publicKey),
        subject: x509.subject,
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        isCa: x509.ca,
        x509,
    };
}
/** One or more PEM certificates (a bundle). Fails on anything else in the text. */
function parseCertificates(text) {
    const blocks = pemBlocks(text);
    if (blocks.length === 0) {
        return (0,inputs_parsed/* fail */.f)("is not PEM: expected '-----BEGIN CERTIFICATE-----' blocks");
    }
    if (blocks.some(b => KEY_LABELS.includes(b.label) || b.label.endsWith('PRIVATE KEY'))) {
        return (0,inputs_parsed/* fail */.f)('holds a private key: give certificates only (private keys have their own inputs)');
    }
    const other = blocks.find(b => b.label !== 'CERTIFICATE');
    if (other)
        return (0,inputs_parsed/* fail */.f)(`holds a '${other.label}' block, not a certificate`);
    const certificates = [];
    for (const [index, block] of blocks.entries()) {
        try {
            certificates.push(toCertificate(new external_node_crypto_.X509Certificate(block.text)));
        }
        catch {
            return (0,inputs_parsed/* fail */.f)(`${blocks.length > 1 ? `certificate ${index + 1}` : 'the certificate'} is not valid X.509 DER inside its PEM armour`);
        }
    }
    return (0,inputs_parsed.ok)(certificates);
}
/** One unencrypted PEM private key (PKCS#8, SEC1 or PKCS#1). */
function parsePrivateKey(text) {
    const blocks = pemBlocks(text);
    const keys = blocks.filter(b => b.label.endsWith('PRIVATE KEY'));
    if (keys.length === 0) {
        return (0,inputs_parsed/* fail */.f)(blocks.some(b => b.label === 'CERTIFICATE')
            ? "is a certificate, not a private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'"
            : "is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'");
    }
    if (keys.length > 1)
        return (0,inputs_parsed/* fail */.f)('holds more than one private key; give exactly one');
    const [block] = keys;
    if (block === undefined || block.label === 'ENCRYPTED PRIVATE KEY') {
        return (0,inputs_parsed/* fail */.f)('is an encrypted private key; give it unencrypted (the input is masked)');
    }
    let keyObject;
    try {
        keyObject = (0,external_node_crypto_.createPrivateKey)({ key: block.text, format: 'pem' });
    }
    catch {
        return (0,inputs_parsed/* fail */.f)('is not a valid private key');
    }
    return (0,inputs_parsed.ok)({
        pem: block.text.trim() + '\n',
        publicKeyFingerprint: publicKeyFingerprint((0,external_node_crypto_.createPublicKey)(keyObject)),
        keyAlgorithm: describeKey(keyObject),
        keyObject,
    });
}
/** The certificate names `issuer` as its issuer and carries its valid signature. */
function isSignedBy(certificate, issuer) {
    return certificate.x509.checkIssued(issuer.x509) && certificate.x509.verify(issuer.x509.publicKey);
}
/** The first of `anchors` that signed the certificate. */
function signerOf(certificate, anchors) {
    return anchors.find(anchor => isSignedBy(certificate, anchor));
}
function keyMatches(certificate, key) {
    return certificate.publicKeyFingerprint === key.publicKeyFingerprint;
}
/** The certificates as one PEM bundle. */
function bundlePem(certificates) {
    return certificates.map(c => c.pem).join('');
}
const EC_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' };
function randomSerial() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(16));
    // Positive, and 16 significant bytes.
    bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
    return Buffer.from(bytes).toString('hex');
}
async function importKeyPair(key) {
    const pkcs8 = key.keyObject.export({ type: 'pkcs8', format: 'der' });
    const spki = (0,external_node_crypto_.createPublicKey)(key.keyObject).export({ type: 'spki', format: 'der' });
    const [privateKey, publicKey] = await Promise.all([
        external_node_crypto_.webcrypto.subtle.importKey('pkcs8', pkcs8, EC_ALGORITHM, true, ['sign']),
        external_node_crypto_.webcrypto.subtle.importKey('spki', spki, EC_ALGORITHM, true, ['verify']),
    ]);
    return { privateKey, publicKey };
}
async function exportKey(x509, key) {
    const pem = x509.PemConverter.encode(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
    const parsed = parsePrivateKey(pem);
    if (!parsed.ok)
        throw new Error(`a generated key does not read back: ${parsed.message}`);
    return parsed.value;
}
function readBack(pem) {
    const parsed = parseCertificates(pem);
    if (!parsed.ok || parsed.value.length !== 1 || parsed.value[0] === undefined) {
        throw new Error('a generated certificate does not read back');
    }
    return parsed.value[0];
}
/**
 * A self-signed ECDSA P-256 root CA: basic constraints CA with path length 1, key usage
 * keyCertSign and cRLSign (both critical), subject key identifier; CN root.linkerd.cluster.local.
 */
async function generateTrustAnchor(options) {
    const x509 = await loadX509();
    const keys = options.key
        ? await importKeyPair(options.key)
        : await external_node_crypto_.webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify']);
    const now = options.now.getTime();
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomSerial(),
        name: `CN=${ANCHOR_COMMON_NAME}`,
        notBefore: new Date(now - BACKDATE_MS),
        notAfter: new Date(now + options.validityMs),
        keys,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: await certificateAuthorityExtensions(x509, keys.publicKey, 1),
    });
    return {
        certificate: readBack(certificate.toString('pem')),
        key: options.key ?? (await exportKey(x509, keys.privateKey)),
    };
}
/**
 * An ECDSA P-256 intermediate CA signed by the anchor: CA with path length 0, keyCertSign and
 * cRLSign, never valid before or after the anchor; CN identity.linkerd.cluster.local.
 */
async function generateIssuer(options) {
    if (!keyMatches(options.anchor, options.anchorKey)) {
        throw new Error('the key given to sign the issuer is not the trust anchor’s (internal error)');
    }
    const x509 = await loadX509();
    const anchor = new x509.X509Certificate(options.anchor.pem);
    const signer = await importKeyPair(options.anchorKey);
    const keys = await external_node_crypto_.webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify']);
    const now = options.now.getTime();
    // The issuer's authority key identifier is the anchor's subject key identifier, when it has one.
    const anchorKeyId = anchor.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
    const certificate = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject: `CN=${ISSUER_COMMON_NAME}`,
        issuer: anchor.subjectName,
        notBefore: new Date(Math.max(now - BACKDATE_MS, options.anchor.notBefore.getTime())),
        notAfter: new Date(Math.min(now + options.validityMs, options.anchor.notAfter.getTime())),
        publicKey: keys.publicKey,
        signingKey: signer.privateKey,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: [
            ...(await certificateAuthorityExtensions(x509, keys.publicKey, 0)),
            anchorKeyId !== undefined
                ? new x509.AuthorityKeyIdentifierExtension(anchorKeyId)
                : await x509.AuthorityKeyIdentifierExtension.create(signer.publicKey),
        ],
    });
    return {
        certificate: readBack(certificate.toString('pem')),
        key: await exportKey(x509, keys.privateKey),
    };
}

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
        return (0,inputs_parsed/* fail */.f)(`negative durations are not accepted; ${duration_ACCEPTED}`);
    const text = raw.startsWith('+') ? raw.slice(1) : raw;
    if (/^[0-9.]+$/.test(text))
        return (0,inputs_parsed/* fail */.f)(`has no unit; ${duration_ACCEPTED}`);
    if (/^[0-9.]+d$/i.test(text)) {
        return (0,inputs_parsed/* fail */.f)(`days are not a unit; use hours (720h is 30 days), as ${duration_ACCEPTED}`);
    }
    let total = 0;
    let position = 0;
    while (position < text.length) {
        TERM.lastIndex = position;
        const term = TERM.exec(text);
        if (term === null)
            return (0,inputs_parsed/* fail */.f)(`not a duration; ${duration_ACCEPTED}`);
        const [whole, amount = '', unit = 's'] = term;
        total += Number(amount) * UNIT_MS[unit];
        position += whole.length;
    }
    if (text === '')
        return (0,inputs_parsed/* fail */.f)(`not a duration; ${duration_ACCEPTED}`);
    const rounded = Math.round(total);
    if (Math.abs(total - rounded) > 1e-6) {
        return (0,inputs_parsed/* fail */.f)(`finer than a millisecond; ${duration_ACCEPTED}`);
    }
    if (rounded === 0)
        return (0,inputs_parsed/* fail */.f)(`must be longer than zero; ${duration_ACCEPTED}`);
    if (!Number.isSafeInteger(rounded))
        return (0,inputs_parsed/* fail */.f)(`too long; ${duration_ACCEPTED}`);
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

;// CONCATENATED MODULE: ./src/steps/install-mesh/releases.ts
/**
 * The Helm releases the step installs and the values it gives them
 * (../shared/reference/mesh.md sections 1.2, 1.3 and 1.5).
 */



const CNI = {
    release: 'linkerd-cni',
    chart: 'linkerd2-cni',
    namespace: 'linkerd-cni',
};
const CRDS = {
    release: 'linkerd-crds',
    chart: 'linkerd-crds',
    namespace: 'linkerd',
};
const CONTROL_PLANE = {
    release: 'linkerd-control-plane',
    chart: 'linkerd-control-plane',
    namespace: 'linkerd',
};
/** The Deployments of the control plane that must be ready before workloads are meshed. */
const CONTROL_PLANE_DEPLOYMENTS = [
    'linkerd-identity',
    'linkerd-destination',
    'linkerd-proxy-injector',
];
/** The CNI plugin's DaemonSet (chart linkerd2-cni). */
const CNI_DAEMONSET = 'linkerd-cni';
const CONTROLLER_RESOURCES = {
    cpu: { limit: '', request: '100m' },
    memory: { limit: '250Mi', request: '50Mi' },
};
/** The chart's values-ha.yaml. Its anti-affinity is required per node: 3 replicas, 3 nodes. */
const HA_VALUES = {
    highAvailability: true,
    controllerReplicas: 3,
    enablePodAntiAffinity: true,
    enablePodDisruptionBudget: true,
    deploymentStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
    webhookFailurePolicy: 'Fail',
    proxy: { resources: { cpu: { request: '100m' }, memory: { limit: '250Mi', request: '20Mi' } } },
    controllerResources: CONTROLLER_RESOURCES,
    destinationResources: CONTROLLER_RESOURCES,
    identityResources: {
        cpu: CONTROLLER_RESOURCES.cpu,
        memory: { limit: '250Mi', request: '10Mi' },
    },
    heartbeatResources: CONTROLLER_RESOURCES,
    proxyInjectorResources: CONTROLLER_RESOURCES,
    spValidatorResources: CONTROLLER_RESOURCES,
};
const HA_REPLICAS = 3;
/** `linkerd-control-plane` values: identity (chart-rendered issuer Secret), CNI, HA. */
function controlPlaneValues(options) {
    return {
        ...(options.ha ? HA_VALUES : {}),
        ...(options.cni ? { cniEnabled: true } : {}),
        identityTrustAnchorsPEM: options.trustAnchorsPem,
        identity: {
            issuer: {
                scheme: 'linkerd.io/tls',
                tls: { crtPEM: options.issuerCertificatePem, keyPEM: options.issuerKeyMarker },
            },
        },
    };
}
function crdsValues(installGatewayApi) {
    return { installGatewayAPI: installGatewayApi };
}
/**
 * Values as they compare: PEM certificates by fingerprint, private keys by their public key
 * (a key can be re-encoded, PKCS#8 or SEC1, without changing), everything else as is. Markers
 * already name a key by its public key, so desired and installed values compare directly.
 */
function comparableValues(values) {
    return mapStrings(values, text => {
        if (!text.includes('-----BEGIN'))
            return text;
        if (/PRIVATE KEY-----/.test(text)) {
            const key = parsePrivateKey(text);
            return key.ok ? privateKeyMarker(key.value.publicKeyFingerprint) : '<unreadable private key>';
        }
        const certificates = parseCertificates(text);
        return certificates.ok
            ? `<certificates sha256:${certificates.value.map(c => c.fingerprint).join(',')}>`
            : text;
    });
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/spec.ts







const DAY_MS = 24 * 60 * 60 * 1000;
/** Namespaces Linkerd's injector never acts on, or that the step's own releases own. */
const NOT_INJECTABLE = {
    'kube-system': 'Linkerd never injects kube-system',
    'cert-manager': 'Linkerd never injects cert-manager',
    [CONTROL_PLANE.namespace]: 'the control plane namespace is meshed by the chart itself',
    [CNI.namespace]: 'the CNI plugin runs on the host network and is never meshed',
};
function parseChannel(raw) {
    const wanted = raw.toLowerCase();
    if (wanted === 'stable')
        return (0,inputs_parsed/* fail */.f)(`is refused: ${STABLE_REFUSAL}`);
    const match = CHANNELS.find(c => c === wanted);
    return match ? (0,inputs_parsed.ok)(match) : (0,inputs_parsed/* fail */.f)(`is not a known channel; use one of: ${CHANNELS.join(', ')}`);
}
function parseChartRepo(raw) {
    if (!/^(https:\/\/|oci:\/\/)/.test(raw))
        return (0,inputs_parsed/* fail */.f)('must be an https:// or oci:// URL');
    if (raw.replace(/\/+$/, '').toLowerCase() === STABLE_REPO) {
        return (0,inputs_parsed/* fail */.f)(`is refused: ${STABLE_REFUSAL}`);
    }
    return (0,inputs_parsed.ok)(raw.replace(/\/+$/, ''));
}
function parseWholeNumber(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,inputs_parsed.ok)(Number(raw))
        : (0,inputs_parsed/* fail */.f)(`must be a whole number from ${min} to ${max}`);
}
/** A namespace name: a DNS-1123 label. */
function parseNamespace(raw) {
    if (raw.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(raw)) {
        return (0,inputs_parsed/* fail */.f)("is not a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters");
    }
    const why = NOT_INJECTABLE[raw];
    return why ? (0,inputs_parsed/* fail */.f)(`cannot be meshed by this step: ${why}`) : (0,inputs_parsed.ok)(raw);
}
function describe(certificate) {
    return `${certificate.subject.replace(/\n/g, ', ')} (sha256:${certificate.fingerprint.slice(0, 16)}…)`;
}
/** Problems of one certificate that no clock is needed for. */
function certificateProblems(certificate, role) {
    const problems = [];
    if (certificate.keyAlgorithm !== P256) {
        problems.push(`${describe(certificate)} has an ${certificate.keyAlgorithm} key; Linkerd's ${role} must be ${P256}`);
    }
    if (!certificate.isCa) {
        problems.push(`${describe(certificate)} is not a CA certificate (basic constraints CA:TRUE)`);
    }
    if (certificate.notAfter.getTime() <= certificate.notBefore.getTime()) {
        problems.push(`${describe(certificate)} ends (${certificate.notAfter.toISOString()}) before it starts (${certificate.notBefore.toISOString()})`);
    }
    return problems;
}
/**
 * A PEM input: parsed like any other, but a problem never echoes the value (a private key
 * pasted into a certificate input must not reach the log).
 */
function pemInput(reader, id, parse) {
    const raw = reader.raw(id);
    if (raw === undefined)
        return undefined;
    const parsed = parse(raw);
    if (parsed.ok)
        return parsed.value;
    reader.problem(id, undefined, `${parsed.message}.`);
    return undefined;
}
/** Every input checked before any call; every problem reported together. */
function parseInstallMeshSpec(reader, common) {
    const channel = reader.withDefault('channel', parseChannel);
    const chartRepo = reader.withDefault('chart-repo', parseChartRepo);
    const chartVersion = reader.withDefault('chart-version', parseEdgeChartVersion);
    const anchors = pemInput(reader, 'trust-anchor-certificate', parseCertificates);
    const anchorKey = pemInput(reader, 'trust-anchor-key', parsePrivateKey);
    const anchorKeyFile = reader.optional('trust-anchor-key-file', raw => (0,inputs_parsed.ok)(raw));
    const issuerCertificates = pemInput(reader, 'issuer-certificate', parseCertificates);
    const issuerKey = pemInput(reader, 'issuer-key', parsePrivateKey);
    const anchorValidityMs = reader.withDefault('trust-anchor-validity', parseDuration);
    const issuerValidityMs = reader.withDefault('issuer-validity', parseDuration);
    const minValidityDays = reader.withDefault('min-validity-days', parseWholeNumber(1, 3650));
    const ha = reader.withDefault('ha', parseBoolean);
    const cni = reader.withDefault('cni', parseBoolean);
    const injectNamespaces = reader.optional('inject-namespaces', raw => parseListOf(raw, parseNamespace));
    const requireMtls = reader.withDefault('require-mtls', parseBoolean);
    const restartWorkloads = reader.withDefault('restart-workloads', parseBoolean);
    const waitTimeoutMs = reader.withDefault('wait-timeout', parseDuration);
    for (const certificate of anchors ?? []) {
        for (const problem of certificateProblems(certificate, 'trust anchor')) {
            reader.problem('trust-anchor-certificate', undefined, problem);
        }
    }
    if (anchorKey && anchorKey.keyAlgorithm !== P256) {
        reader.problem('trust-anchor-key', undefined, `is an ${anchorKey.keyAlgorithm} key; the trust anchor's key must be ${P256}.`);
    }
    else if (anchorKey && anchors && !anchors.some(a => keyMatches(a, anchorKey))) {
        reader.problem('trust-anchor-key', undefined, `does not match the certificate in '${reader.name('trust-anchor-certificate')}' (its public key is sha256:${anchorKey.publicKeyFingerprint.slice(0, 16)}…); give the key of that anchor.`);
    }
    let issuer;
    if (issuerCertificates && issuerCertificates.length !== 1) {
        reader.problem('issuer-certificate', undefined, `holds ${issuerCertificates.length} certificates; give the issuer certificate alone.`);
    }
    const issuerCertificate = issuerCertificates?.length === 1 ? issuerCertificates[0] : undefined;
    if (issuerCertificate) {
        for (const problem of certificateProblems(issuerCertificate, 'identity issuer')) {
            reader.problem('issuer-certificate', undefined, problem);
        }
        if (anchors && !signerOf(issuerCertificate, anchors)) {
            reader.problem('issuer-certificate', undefined, `${describe(issuerCertificate)} was not signed by the trust anchor in '${reader.name('trust-anchor-certificate')}'; give the issuer that anchor signed.`);
        }
    }
    if (reader.isSet('issuer-certificate') !== reader.isSet('issuer-key')) {
        const missing = reader.isSet('issuer-certificate') ? 'issuer-key' : 'issuer-certificate';
        const given = missing === 'issuer-key' ? 'issuer-certificate' : 'issuer-key';
        reader.problem(missing, undefined, `is required with '${reader.name(given)}'.`);
    }
    if (issuerKey && issuerCertificate) {
        if (!keyMatches(issuerCertificate, issuerKey)) {
            reader.problem('issuer-key', undefined, `does not match '${reader.name('issuer-certificate')}' (the key's public key is sha256:${issuerKey.publicKeyFingerprint.slice(0, 16)}…, the certificate's sha256:${issuerCertificate.publicKeyFingerprint.slice(0, 16)}…).`);
        }
        else {
            issuer = { certificate: issuerCertificate, key: issuerKey };
        }
    }
    const minValidityMs = (minValidityDays ?? 60) * DAY_MS;
    const generatesAnchor = !reader.isSet('trust-anchor-certificate');
    if (generatesAnchor &&
        anchorValidityMs !== undefined &&
        issuerValidityMs !== undefined &&
        issuerValidityMs > anchorValidityMs) {
        reader.problem('issuer-validity', reader.raw('issuer-validity'), `is longer than '${reader.name('trust-anchor-validity')}' (${formatDuration(anchorValidityMs)}): an issuer never outlives the trust anchor that signed it.`);
    }
    for (const [id, validity] of [
        ['issuer-validity', issuerValidityMs],
        ['trust-anchor-validity', generatesAnchor ? anchorValidityMs : undefined],
    ]) {
        if (validity !== undefined && minValidityDays !== undefined && validity <= minValidityMs) {
            reader.problem(id, reader.raw(id), `is not longer than '${reader.name('min-validity-days')}' (${minValidityDays} days): a certificate this short would be due for replacement as soon as it is made.`);
        }
    }
    const namespaces = [...new Set(injectNamespaces ?? [])];
    if (namespaces.length === 0) {
        for (const id of ['require-mtls', 'restart-workloads']) {
            if (reader.isSet(id) && reader.raw(id)?.toLowerCase() === 'true') {
                reader.warn(`'${reader.name(id)}' is ignored: '${reader.name('inject-namespaces')}' names no namespace.`);
            }
        }
    }
    if (reader.isSet('trust-anchor-certificate') && reader.isSet('trust-anchor-validity')) {
        reader.warn(`'${reader.name('trust-anchor-validity')}' is ignored: the trust anchor comes from '${reader.name('trust-anchor-certificate')}'.`);
    }
    if (issuer && reader.isSet('issuer-validity')) {
        reader.warn(`'${reader.name('issuer-validity')}' is ignored: the issuer comes from '${reader.name('issuer-certificate')}'.`);
    }
    return reader.finish(() => {
        const version = chartVersion;
        return {
            offline: common.offline,
            channel: channel ?? 'edge',
            chartRepo: chartRepo ?? '',
            chartVersion: version,
            linkerd: linkerdReleaseOf(version),
            anchors,
            anchorKey,
            anchorKeyFile,
            issuer,
            anchorValidityMs: anchorValidityMs ?? 0,
            issuerValidityMs: issuerValidityMs ?? 0,
            minValidityDays: minValidityDays ?? 60,
            ha: ha ?? false,
            cni: cni ?? false,
            injectNamespaces: namespaces,
            requireMtls: requireMtls ?? false,
            restartWorkloads: restartWorkloads ?? false,
            waitTimeoutMs: waitTimeoutMs ?? 600_000,
            inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/identity.ts
/**
 * Which trust anchor and which issuer the control plane gets: pure decisions over the inputs,
 * the installed release's values and the key file. observe uses them to know what to generate,
 * plan to build the values, so both always agree.
 */


const NO_IDENTITY = {
    anchors: undefined,
    issuer: undefined,
    external: undefined,
};
function at(values, ...path) {
    let node = values;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
/** The anchors and issuer in `linkerd-control-plane`'s user-supplied values. */
function readInstalledIdentity(values) {
    if (values === undefined)
        return NO_IDENTITY;
    const scheme = at(values, 'identity', 'issuer', 'scheme');
    const externalCA = at(values, 'identity', 'externalCA') === true;
    if (externalCA || scheme === 'kubernetes.io/tls') {
        return {
            ...NO_IDENTITY,
            external: `identity.externalCA is ${String(externalCA)} and identity.issuer.scheme is ${typeof scheme === 'string' ? scheme : 'unset'}`,
        };
    }
    const anchorsPem = at(values, 'identityTrustAnchorsPEM');
    const crtPem = at(values, 'identity', 'issuer', 'tls', 'crtPEM');
    const keyPem = at(values, 'identity', 'issuer', 'tls', 'keyPEM');
    const anchors = typeof anchorsPem === 'string' ? parseCertificates(anchorsPem) : undefined;
    const certificates = typeof crtPem === 'string' ? parseCertificates(crtPem) : undefined;
    const key = typeof keyPem === 'string' ? parsePrivateKey(keyPem) : undefined;
    const certificate = certificates?.ok ? certificates.value[0] : undefined;
    return {
        anchors: anchors?.ok ? anchors.value : undefined,
        issuer: certificate && key?.ok && keyMatches(certificate, key.value)
            ? { certificate, key: key.value }
            : undefined,
        external: undefined,
    };
}
/** Whether the control plane needs a trust anchor that neither the inputs nor the release has. */
function needsNewAnchor(spec, installed) {
    return spec.anchors === undefined && installed.anchors === undefined;
}
function signerAmong(anchors, keys) {
    for (const key of keys) {
        const certificate = key ? anchors.find(a => keyMatches(a, key)) : undefined;
        if (certificate && key)
            return { certificate, key };
    }
    return undefined;
}
/**
 * The anchors in use: the input, else the installed ones, else the candidate. Undefined only
 * when no candidate was made (offline).
 */
function chooseAnchors(spec, installed, keyFileKey, candidate) {
    const keys = [spec.anchorKey, keyFileKey];
    if (spec.anchors) {
        return { anchors: spec.anchors, source: 'input', signer: signerAmong(spec.anchors, keys) };
    }
    if (installed.anchors) {
        return {
            anchors: installed.anchors,
            source: 'installed',
            signer: signerAmong(installed.anchors, keys),
        };
    }
    if (candidate) {
        return {
            anchors: [candidate.certificate],
            source: candidate.keyFrom === 'new' ? 'generated' : 'existing-key',
            signer: candidate,
        };
    }
    return undefined;
}
function day(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * The issuer: the input; else the installed one while it is signed by an anchor in use, valid,
 * and more than `min-validity-days` from its end; else a new one, with the reason.
 */
function chooseIssuer(spec, installed, anchors, now) {
    if (spec.issuer)
        return { kind: 'input', issuer: spec.issuer };
    const current = installed.issuer;
    if (current === undefined)
        return { kind: 'new', reason: 'no issuer is installed' };
    const certificate = current.certificate;
    if (anchors && !signerOf(certificate, anchors)) {
        return { kind: 'new', reason: 'the installed issuer was not signed by the trust anchor in use' };
    }
    const left = certificate.notAfter.getTime() - now.getTime();
    if (left <= 0) {
        return { kind: 'new', reason: `the installed issuer expired on ${day(certificate.notAfter)}` };
    }
    if (certificate.notBefore.getTime() > now.getTime()) {
        return { kind: 'new', reason: 'the installed issuer is not valid yet' };
    }
    if (left <= spec.minValidityDays * DAY_MS) {
        return {
            kind: 'new',
            reason: `the installed issuer expires on ${day(certificate.notAfter)}, within ${spec.minValidityDays} days ('${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}')`,
        };
    }
    return { kind: 'installed', issuer: current };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/observe.ts





const observe_STEP = installMeshManifest.name;
/** The Gateway API CRD whose annotation tells the installed bundle version. */
const GATEWAY_API_CRD = 'httproutes.gateway.networking.k8s.io';
async function readKeyFile(ctx, spec) {
    if (spec.anchorKeyFile === undefined)
        return undefined;
    const path = ctx.files.resolve(spec.anchorKeyFile);
    const text = await ctx.files.read(spec.anchorKeyFile);
    if (text === undefined)
        return { path, key: undefined };
    ctx.secrets.mask(text);
    const key = parsePrivateKey(text);
    if (!key.ok) {
        throw new errors/* PreconditionError */.Rb(`${observe_STEP}: the file '${path}' ('${spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file'}') ${key.message}. Point the input at the trust anchor's key file, or at a path where no file exists yet to have a new anchor's key written there.`);
    }
    return { path, key: key.value };
}
async function readNamespaces(kube, spec) {
    const read = await Promise.all(spec.injectNamespaces.map(async (name) => {
        const [namespace, pods, workloads] = await Promise.all([
            kube.getNamespace(name),
            kube.listPods(name),
            spec.restartWorkloads ? kube.listWorkloads(name) : Promise.resolve([]),
        ]);
        return { name, namespace, pods, workloads };
    }));
    return {
        namespaces: new Map(read.map(r => [r.name, r.namespace])),
        pods: read.flatMap(r => r.pods),
        workloads: read.flatMap(r => r.workloads),
    };
}
/**
 * Reads the cluster (version, Gateway API CRD, nodes with HA, the three releases, the injected
 * namespaces' pods) and the key file, then makes what the plan may need and nothing else has:
 * a trust anchor when none is given or installed, and an issuer when the installed one cannot
 * stay and the anchor's key is at hand. Nothing is written.
 */
async function observeInstallMesh(ctx, spec) {
    const now = ctx.clock.now();
    const kube = ctx.kube;
    const [kubernetes, gatewayApiCrd, nodes, cniRelease, crdsRelease, controlPlaneRelease, keyFile, injected,] = await Promise.all([
        kube.kubernetesVersion(),
        kube.getCustomResourceDefinition(GATEWAY_API_CRD),
        spec.ha ? kube.listNodes() : Promise.resolve(undefined),
        spec.cni ? kube.helmRelease(CNI.release, CNI.namespace) : Promise.resolve(undefined),
        kube.helmRelease(CRDS.release, CRDS.namespace),
        kube.helmRelease(CONTROL_PLANE.release, CONTROL_PLANE.namespace),
        readKeyFile(ctx, spec),
        readNamespaces(kube, spec),
    ]);
    const installed = readInstalledIdentity(controlPlaneRelease?.values);
    if (installed.issuer)
        ctx.secrets.mask(installed.issuer.key.pem);
    let candidateAnchor;
    if (installed.external === undefined && needsNewAnchor(spec, installed)) {
        // A key the run was given (the input, else the key file) keeps its anchor's identity.
        const key = spec.anchorKey ?? keyFile?.key;
        const made = await generateTrustAnchor({
            now,
            validityMs: spec.anchorValidityMs,
            ...(key ? { key } : {}),
        });
        ctx.secrets.mask(made.key.pem);
        candidateAnchor = {
            ...made,
            keyFrom: spec.anchorKey ? 'input' : keyFile?.key ? 'key-file' : 'new',
        };
    }
    const anchors = chooseAnchors(spec, installed, keyFile?.key, candidateAnchor);
    const issuer = chooseIssuer(spec, installed, anchors?.anchors, now);
    let candidateIssuer;
    const signer = anchors?.signer;
    if (installed.external === undefined &&
        issuer.kind === 'new' &&
        signer &&
        signer.certificate.notAfter.getTime() > now.getTime()) {
        candidateIssuer = await generateIssuer({
            now,
            validityMs: spec.issuerValidityMs,
            anchor: signer.certificate,
            anchorKey: signer.key,
        });
        ctx.secrets.mask(candidateIssuer.key.pem);
    }
    return {
        now,
        kubernetes,
        gatewayApiCrd,
        schedulableNodes: nodes?.filter(n => n.schedulable).length,
        cniRelease,
        crdsRelease,
        controlPlaneRelease,
        installed,
        keyFile,
        candidateAnchor,
        candidateIssuer,
        ...injected,
    };
}
/** Offline: nothing is read, nothing is installed, nothing is generated. */
function offlineInstallMeshState() {
    return {
        now: new Date(),
        kubernetes: undefined,
        gatewayApiCrd: undefined,
        schedulableNodes: undefined,
        cniRelease: undefined,
        crdsRelease: undefined,
        controlPlaneRelease: undefined,
        installed: NO_IDENTITY,
        keyFile: undefined,
        candidateAnchor: undefined,
        candidateIssuer: undefined,
        namespaces: new Map(),
        pods: [],
        workloads: [],
    };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/plan.ts













const install_mesh_plan_STEP = installMeshManifest.name;
const ROTATION_DOCS = 'https://linkerd.io/2-edge/tasks/manually-rotating-control-plane-tls-credentials/';
const EXPIRED_DOCS = 'https://linkerd.io/2-edge/tasks/replacing_expired_certificates/';
const BUNDLE_VERSION_ANNOTATION = 'gateway.networking.k8s.io/bundle-version';
function isInstallMeshPlan(plan) {
    return 'anchorKey' in plan;
}
function plan_name(spec, id) {
    return spec.inputNames[id] ?? id;
}
function plan_day(date) {
    return date.toISOString().slice(0, 10);
}
function plan_describe(certificate) {
    return `sha256:${certificate.fingerprint.slice(0, 16)}…`;
}
function helmChange(spec, release, values, current, purpose, dependsOn) {
    const version = spec.chartVersion.text;
    const base = {
        target: 'helm',
        release: release.release,
        namespace: release.namespace,
        chart: release.chart,
        repo: spec.chartRepo,
        version,
        values,
        flags: [],
        dependsOn,
    };
    if (current === undefined) {
        return {
            ...base,
            action: 'install',
            reason: `install ${purpose} (Linkerd ${spec.linkerd.name})`,
        };
    }
    if (current.chartVersion === version &&
        current.status === 'deployed' &&
        sameJson(comparableValues(current.values), comparableValues(values))) {
        return { ...base, action: 'noop', reason: `chart ${version} with the desired values` };
    }
    const why = current.chartVersion !== version
        ? `chart ${current.chartVersion ?? '?'} → ${version}`
        : current.status !== 'deployed'
            ? `the release is '${current.status}'`
            : 'values changed';
    return { ...base, action: 'upgrade', reason: `upgrade ${purpose} (${why})` };
}
function checkKubernetes(spec, state) {
    const version = state.kubernetes;
    if (version === undefined || meetsKubernetesMinimum(spec.linkerd, version))
        return;
    const min = spec.linkerd.minKubernetes;
    throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the cluster runs Kubernetes ${version.gitVersion}, but Linkerd ${spec.linkerd.name} (chart ${spec.chartVersion.text}) needs ${min.major}.${min.minor} or later. Upgrade the cluster ('az aks upgrade'), or pin an older '${plan_name(spec, 'chart-version')}' whose Linkerd supports ${version.major}.${version.minor}.`);
}
/** Checks the anchors in use against the clock; warns when one ends within min-validity-days. */
function checkAnchors(spec, anchors, now, warnings) {
    for (const anchor of anchors) {
        if (anchor.notAfter.getTime() <= now.getTime()) {
            throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the trust anchor ${plan_describe(anchor)} expired on ${plan_day(anchor.notAfter)}; proxies no longer trust each other's certificates. An expired anchor cannot be rotated in place: follow Linkerd's "Replacing expired certificates" (${EXPIRED_DOCS}), then give the new anchor in '${plan_name(spec, 'trust-anchor-certificate')}'.`);
        }
        if (anchor.notBefore.getTime() > now.getTime()) {
            throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the trust anchor ${plan_describe(anchor)} is not valid before ${anchor.notBefore.toISOString()}; check the clock of whatever made it.`);
        }
        if (anchor.notAfter.getTime() - now.getTime() <= spec.minValidityDays * DAY_MS) {
            warnings.push(`the trust anchor ${plan_describe(anchor)} expires on ${plan_day(anchor.notAfter)}, within ${spec.minValidityDays} days. This step does not rotate anchors: follow Linkerd's manual rotation (${ROTATION_DOCS}), giving the old and new anchor together in '${plan_name(spec, 'trust-anchor-certificate')}' first.`);
        }
    }
}
function offlineIdentity(spec, secrets) {
    const anchorsPem = spec.anchors
        ? bundlePem(spec.anchors)
        : (0,core_plan/* knownAfterApply */.C1)('a generated ECDSA P-256 trust anchor certificate');
    const issuer = spec.issuer;
    return {
        anchorsPem,
        issuerCertificatePem: issuer
            ? issuer.certificate.pem
            : (0,core_plan/* knownAfterApply */.C1)('a generated ECDSA P-256 issuer certificate'),
        issuerKeyMarker: issuer
            ? secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem)
            : (0,core_plan/* knownAfterApply */.C1)('the generated issuer private key, not shown'),
        anchorKey: undefined,
        outputs: {
            'trust-anchor-pem': anchorsPem,
            'issuer-expires-at': issuer
                ? issuer.certificate.notAfter.toISOString()
                : (0,core_plan/* knownAfterApply */.C1)('the generated issuer’s expiry'),
        },
    };
}
function anchorKeyHandling(spec, state, choice, secrets, warnings) {
    const signer = choice.signer;
    if (choice.source === 'existing-key') {
        const where = state.candidateAnchor?.keyFrom === 'input' || state.keyFile === undefined
            ? `'${plan_name(spec, 'trust-anchor-key')}'`
            : `'${state.keyFile.path}' (left as it is), as after an install that did not finish`;
        warnings.push(`no trust anchor certificate is installed or given: a new one is made for the key in ${where}.`);
        return undefined;
    }
    if (choice.source !== 'generated' || signer === undefined)
        return undefined;
    const marker = secrets.seal(privateKeyMarker(signer.key.publicKeyFingerprint), signer.key.pem);
    const anchor = signer.certificate;
    const where = state.keyFile
        ? `apply writes it to '${state.keyFile.path}' (mode 0600) and nowhere else`
        : `apply discards it, so the step cannot sign a new issuer for this anchor later; set '${plan_name(spec, 'trust-anchor-key-file')}' to keep it`;
    warnings.push(`a new trust anchor is generated (ECDSA P-256, ${plan_describe(anchor)}, valid until ${plan_day(anchor.notAfter)}); its private key never goes to the cluster: ${where}.`);
    return {
        action: state.keyFile ? 'write' : 'discard',
        marker,
        path: spec.anchorKeyFile,
        anchor,
    };
}
function chooseIssuerPair(spec, state, anchors, warnings) {
    const choice = chooseIssuer(spec, state.installed, anchors, state.now);
    switch (choice.kind) {
        case 'installed':
            return { issuer: choice.issuer, isNew: false };
        case 'input': {
            const certificate = choice.issuer.certificate;
            if (!signerOf(certificate, anchors)) {
                throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the issuer in '${plan_name(spec, 'issuer-certificate')}' (${plan_describe(certificate)}) was not signed by the installed trust anchor; give the anchor that signed it in '${plan_name(spec, 'trust-anchor-certificate')}', or an issuer the installed anchor signed.`);
            }
            if (certificate.notAfter.getTime() <= state.now.getTime()) {
                throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the issuer in '${plan_name(spec, 'issuer-certificate')}' expired on ${plan_day(certificate.notAfter)}; give a valid one (see ${EXPIRED_DOCS}).`);
            }
            if (certificate.notAfter.getTime() - state.now.getTime() <= spec.minValidityDays * DAY_MS) {
                warnings.push(`the issuer in '${plan_name(spec, 'issuer-certificate')}' expires on ${plan_day(certificate.notAfter)}, within ${spec.minValidityDays} days; replace it soon (${ROTATION_DOCS}).`);
            }
            return { issuer: choice.issuer, isNew: false };
        }
        case 'new': {
            if (state.candidateIssuer === undefined) {
                const given = spec.anchorKey
                    ? ` (the key in '${plan_name(spec, 'trust-anchor-key')}' belongs to another anchor)`
                    : '';
                throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: a new identity issuer is needed (${choice.reason}), and signing it needs the trust anchor's private key, which this run does not have${given}. Give it in '${plan_name(spec, 'trust-anchor-key')}', or set '${plan_name(spec, 'trust-anchor-key-file')}' to the file written when the anchor was generated; or give a new issuer in '${plan_name(spec, 'issuer-certificate')}' and '${plan_name(spec, 'issuer-key')}'.`);
            }
            if (state.installed.issuer)
                warnings.push(`the identity issuer is replaced: ${choice.reason}.`);
            return { issuer: state.candidateIssuer, isNew: true };
        }
    }
}
function onlineIdentity(spec, state, secrets, warnings) {
    const choice = chooseAnchors(spec, state.installed, state.keyFile?.key, state.candidateAnchor);
    if (choice === undefined) {
        throw new Error(`${install_mesh_plan_STEP}: no trust anchor was prepared for the plan (internal error)`);
    }
    checkAnchors(spec, choice.anchors, state.now, warnings);
    const installedAnchors = state.installed.anchors;
    if (installedAnchors &&
        choice.source === 'input' &&
        installedAnchors.map(a => a.fingerprint).join() !==
            choice.anchors.map(a => a.fingerprint).join()) {
        warnings.push(`the trust anchors change: meshed pods keep trusting only the old ones until they restart. Without downtime this takes a bundle of old and new anchors first (${ROTATION_DOCS}).`);
    }
    const unused = (key) => key !== undefined &&
        !choice.anchors.some(a => a.publicKeyFingerprint === key.publicKeyFingerprint);
    if (unused(spec.anchorKey)) {
        warnings.push(`the key in '${plan_name(spec, 'trust-anchor-key')}' belongs to none of the trust anchors in use; it is not used.`);
    }
    if (state.keyFile && unused(state.keyFile.key)) {
        warnings.push(`the key in '${state.keyFile.path}' belongs to none of the trust anchors in use; it is not used.`);
    }
    const anchorKey = anchorKeyHandling(spec, state, choice, secrets, warnings);
    const { issuer, isNew } = chooseIssuerPair(spec, state, choice.anchors, warnings);
    const fresh = choice.source === 'generated' || choice.source === 'existing-key';
    const anchorsPem = bundlePem(choice.anchors);
    return {
        anchorsPem,
        issuerCertificatePem: issuer.certificate.pem,
        issuerKeyMarker: secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem),
        anchorKey,
        outputs: {
            'trust-anchor-pem': fresh
                ? (0,core_plan/* knownAfterApply */.C1)('the generated trust anchor certificate')
                : anchorsPem,
            'issuer-expires-at': isNew
                ? (0,core_plan/* knownAfterApply */.C1)('the new issuer’s expiry')
                : issuer.certificate.notAfter.toISOString(),
        },
    };
}
/** Whether linkerd-crds installs the Gateway API CRDs: only where none are, or it owns them. */
function gatewayApi(spec, state, warnings) {
    if (spec.offline)
        return { install: true, why: 'with the Gateway API CRDs (offline: assumed absent)' };
    const crd = state.gatewayApiCrd;
    if (crd === undefined)
        return { install: true, why: 'with the Gateway API CRDs (absent so far)' };
    const annotations = crd.annotations;
    if (annotations['meta.helm.sh/release-name'] === CRDS.release &&
        annotations['meta.helm.sh/release-namespace'] === CRDS.namespace) {
        return { install: true, why: 'with the Gateway API CRDs it installed before' };
    }
    const version = annotations[BUNDLE_VERSION_ANNOTATION];
    const range = `${spec.linkerd.gatewayApi.min} to ${spec.linkerd.gatewayApi.max}`;
    if (version === undefined) {
        warnings.push(`the Gateway API CRD ${GATEWAY_API_CRD} has no ${BUNDLE_VERSION_ANNOTATION} annotation; Linkerd ${spec.linkerd.name} supports Gateway API ${range}.`);
    }
    else if (!supportsGatewayApi(spec.linkerd, version)) {
        warnings.push(`the cluster has Gateway API ${version}, but Linkerd ${spec.linkerd.name} supports ${range}; routes using newer fields are ignored. The step leaves the CRDs to whoever installed them.`);
    }
    return {
        install: false,
        why: `without Gateway API CRDs (the cluster has its own, ${version ?? 'version unknown'})`,
    };
}
function injectionChanges(spec, state, controlPlaneKey, warnings) {
    const changes = [];
    const namespaceKeys = new Map();
    for (const ns of spec.injectNamespaces) {
        const current = state.namespaces.get(ns);
        const change = namespaceChange(ns, current, spec.requireMtls, [controlPlaneKey]);
        namespaceKeys.set(ns, (0,core_plan/* changeKey */.Cy)(change));
        changes.push(change);
        if (current?.labels[AKS_CONTROL_PLANE_LABEL] !== undefined) {
            warnings.push(`namespace ${ns} has a '${AKS_CONTROL_PLANE_LABEL}' label: AKS's admissions enforcer keeps webhooks such as Linkerd's proxy injector away from it, so its pods will not be meshed.`);
        }
    }
    if (spec.offline)
        return changes;
    const pods = activePods(state.pods);
    const restarts = [];
    if (spec.restartWorkloads) {
        const key = (w) => workloadKey(w);
        const workloads = [...state.workloads].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
        for (const workload of workloads) {
            const reason = restartReason(workload, pods, spec.requireMtls);
            if (reason === undefined)
                continue;
            restarts.push({
                target: 'kubernetes',
                action: 'restart',
                manifest: workloadManifest(workload),
                reason: `${reason}; new pods get the proxy the namespace asks for`,
                flags: [],
                dependsOn: [controlPlaneKey, namespaceKeys.get(workload.namespace) ?? ''],
            });
        }
    }
    const left = pods.filter(p => !isMeshed(p));
    const never = left.flatMap(p => {
        const workload = state.workloads.find(w => sameWorkload(podWorkload(p), w));
        const why = spec.restartWorkloads ? unmeshable(p, workload) : undefined;
        return why ? [`${p.namespace}/${p.name} ${why}`] : [];
    });
    if (never.length > 0) {
        warnings.push(`${never.length} pod(s) stay unmeshed: ${never.join('; ')}.`);
    }
    if (!spec.restartWorkloads && left.length > 0) {
        warnings.push(`${left.length} running pod(s) in the injected namespaces have no proxy yet; they get one when restarted (set '${plan_name(spec, 'restart-workloads')}: true' to have the step do it).`);
    }
    return [...changes, ...restarts];
}
function podCounts(state) {
    const pods = activePods(state.pods);
    const meshed = pods.filter(isMeshed).length;
    return { 'meshed-pods': String(meshed), 'unmeshed-pods': String(pods.length - meshed) };
}
/**
 * Pure: the CNI plugin (optional) and the CRDs, then the control plane with its identity, then
 * the injected namespaces and the restarts. Private keys appear as markers; `secrets` holds them.
 */
function planInstallMesh(spec, state) {
    checkKubernetes(spec, state);
    if (state.installed.external !== undefined) {
        throw new errors/* PreconditionError */.Rb(`${install_mesh_plan_STEP}: the installed '${CONTROL_PLANE.release}' takes its identity from an external CA (${state.installed.external}), such as cert-manager; this step does not take over. Keep managing it there, or uninstall that setup first.`);
    }
    const warnings = [];
    const secrets = new SealedSecrets();
    const identity = spec.offline
        ? offlineIdentity(spec, secrets)
        : onlineIdentity(spec, state, secrets, warnings);
    const changes = [];
    const cni = spec.cni
        ? helmChange(spec, CNI, {}, state.cniRelease, 'the Linkerd CNI plugin', [])
        : undefined;
    if (cni)
        changes.push(cni);
    const gateway = gatewayApi(spec, state, warnings);
    const crds = helmChange(spec, CRDS, crdsValues(gateway.install), state.crdsRelease, `the Linkerd CRDs ${gateway.why}`, []);
    changes.push(crds);
    const controlPlane = helmChange(spec, CONTROL_PLANE, controlPlaneValues({
        trustAnchorsPem: identity.anchorsPem,
        issuerCertificatePem: identity.issuerCertificatePem,
        issuerKeyMarker: identity.issuerKeyMarker,
        ha: spec.ha,
        cni: spec.cni,
    }), state.controlPlaneRelease, `the control plane${spec.ha ? ' (HA)' : ''}`, [(0,core_plan/* changeKey */.Cy)(crds), ...(cni ? [(0,core_plan/* changeKey */.Cy)(cni)] : [])]);
    changes.push(controlPlane);
    changes.push(...injectionChanges(spec, state, (0,core_plan/* changeKey */.Cy)(controlPlane), warnings));
    if (spec.ha && state.schedulableNodes !== undefined && state.schedulableNodes < HA_REPLICAS) {
        warnings.push(`'${plan_name(spec, 'ha')}' runs ${HA_REPLICAS} replicas of each controller with required anti-affinity per node, but the cluster has ${state.schedulableNodes} schedulable node(s): some replicas stay Pending.`);
    }
    return {
        step: install_mesh_plan_STEP,
        changes,
        outputs: {
            ...identity.outputs,
            ...(spec.offline
                ? {
                    'meshed-pods': (0,core_plan/* knownAfterApply */.C1)('meshed pods'),
                    'unmeshed-pods': (0,core_plan/* knownAfterApply */.C1)('unmeshed pods'),
                }
                : podCounts(state)),
        },
        warnings,
        secrets,
        anchorKey: identity.anchorKey,
    };
}
/** Outputs from what is installed (after apply, or when nothing had to change). */
function installMeshOutputs(spec, state) {
    const anchors = state.installed.anchors ?? spec.anchors;
    const issuer = state.installed.issuer ?? spec.issuer;
    return {
        'trust-anchor-pem': anchors ? bundlePem(anchors) : '',
        'issuer-expires-at': issuer ? issuer.certificate.notAfter.toISOString() : '',
        ...podCounts(state),
    };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/apply.ts








const install_mesh_apply_STEP = installMeshManifest.name;
const POLL_MS = 5000;
function secondsLeft(ctx, deadline) {
    return Math.max(0, Math.ceil((deadline - ctx.clock.now().getTime()) / 1000));
}
/**
 * Writes or discards the key of a trust anchor generated in this run, before anything is
 * installed: a failed install leaves the key where a re-run finds it.
 */
async function handleAnchorKey(ctx, spec, handling, secrets) {
    const anchor = `sha256:${handling.anchor.fingerprint.slice(0, 16)}…, valid until ${handling.anchor.notAfter.toISOString()}`;
    if (handling.action === 'discard' || handling.path === undefined) {
        ctx.log.warn(`${install_mesh_apply_STEP}: generated trust anchor ${anchor}; its private key is discarded and never left this run. Without it the step cannot sign a new issuer for this anchor: set '${spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file'}' on the first run to keep it.`);
        return;
    }
    const path = ctx.files.resolve(handling.path);
    const created = await ctx.files.create(handling.path, secrets.reveal(handling.marker));
    if (!created) {
        throw new errors/* PreconditionError */.Rb(`${install_mesh_apply_STEP}: '${path}' appeared while the step ran and was not overwritten; run the step again to use the key in it.`);
    }
    ctx.log.info(`${install_mesh_apply_STEP}: generated trust anchor ${anchor}; its private key was written to '${path}' (mode 0600) and nowhere else. Keep that file in a secret store: it signs the next issuers.`);
}
/** Polls the workloads until each exists and is rolled out, bounded by the deadline. */
async function waitForWorkloads(ctx, spec, namespace, kind, names, what, deadline) {
    for (;;) {
        const workloads = (await ctx.kube.listWorkloads(namespace)).filter(w => w.kind === kind);
        const status = names.map(n => {
            const w = workloads.find(x => x.name === n);
            return {
                name: n,
                ready: w?.rolledOut === true,
                text: w ? `${w.ready}/${w.desired}` : 'absent',
            };
        });
        const progress = status.map(s => `${s.name} ${s.text}`).join(', ');
        if (status.every(s => s.ready)) {
            ctx.log.info(`${install_mesh_apply_STEP}: ${what} is ready (${progress}).`);
            return;
        }
        const left = secondsLeft(ctx, deadline);
        if (left <= 0) {
            throw new errors/* PreconditionError */.Rb(`${install_mesh_apply_STEP}: ${what} was not ready within ${Math.round(spec.waitTimeoutMs / 1000)} s (${progress}). Look at 'kubectl get pods -n ${namespace}' and their events${spec.ha ? ' (HA needs 3 schedulable nodes)' : ''}, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`);
        }
        ctx.log.info(`${install_mesh_apply_STEP}: waiting for ${what}: ${progress} ready (${left} s left)`);
        await ctx.clock.sleep(Math.min(POLL_MS, left * 1000));
    }
}
function waitForControlPlane(ctx, spec, deadline) {
    return waitForWorkloads(ctx, spec, CONTROL_PLANE.namespace, 'Deployment', CONTROL_PLANE_DEPLOYMENTS, 'the Linkerd control plane', deadline);
}
async function installRelease(ctx, spec, change, secrets, deadline) {
    ctx.log.info(`${install_mesh_apply_STEP}: ${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
    // The plan's values with the markers filled in: what is installed is what was planned.
    await ctx.kube.helmUpgradeInstall(helmInstallOf(change, secrets.unseal(change.values)));
    if (change.release === CNI.release) {
        await waitForWorkloads(ctx, spec, CNI.namespace, 'DaemonSet', [CNI_DAEMONSET], 'the Linkerd CNI plugin', deadline);
    }
    if (change.release === CONTROL_PLANE.release)
        await waitForControlPlane(ctx, spec, deadline);
}
async function restartWorkloads(ctx, spec, changes, deadline, controlPlaneAwaited) {
    // New pods are only meshed while the injector runs.
    if (!controlPlaneAwaited)
        await waitForControlPlane(ctx, spec, deadline);
    const workloads = changes.map(c => workloadOfManifest(c.manifest));
    for (const [i, change] of changes.entries()) {
        ctx.log.info(`${install_mesh_apply_STEP}: restart ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
        await ctx.kube.restartWorkload(workloads[i]);
    }
    for (const workload of workloads) {
        const subject = `${workload.kind} ${workload.namespace}/${workload.name}`;
        const left = secondsLeft(ctx, deadline);
        try {
            if (left <= 0)
                throw new Error('no time left');
            await ctx.kube.waitForRollout(workload, left);
        }
        catch (error) {
            throw new errors/* PreconditionError */.Rb(`${install_mesh_apply_STEP}: ${subject} did not finish its restart within '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}' (${error instanceof Error ? error.message : String(error)}). Check 'kubectl rollout status ${workload.kind.toLowerCase()}/${workload.name} -n ${workload.namespace}' and the pods' events.`);
        }
        ctx.log.info(`${install_mesh_apply_STEP}: ${subject} restarted (${secondsLeft(ctx, deadline)} s left).`);
    }
    const namespaces = [...new Set(workloads.map(w => w.namespace))];
    const pods = activePods((await Promise.all(namespaces.map(ns => ctx.kube.listPods(ns)))).flat());
    const still = workloads.flatMap(w => pods
        .filter(p => sameWorkload(podWorkload(p), w) && !isMeshed(p))
        .map(p => `${p.namespace}/${p.name}`));
    if (still.length > 0) {
        throw new errors/* PreconditionError */.Rb(`${install_mesh_apply_STEP}: after the restart, ${still.length} pod(s) still have no Linkerd proxy: ${still.join(', ')}. The proxy injector did not act on them: check that their namespace has no 'control-plane' label (AKS keeps webhooks away from such namespaces) and the injector's logs ('kubectl logs -n ${CONTROL_PLANE.namespace} deploy/linkerd-proxy-injector').`);
    }
}
/**
 * Runs the plan in its order (CNI, CRDs, control plane, namespaces, restarts), waiting for the
 * CNI plugin and the control plane after each install and for every restart, all within one
 * `wait-timeout`.
 */
async function applyInstallMesh(ctx, spec, plan) {
    if (!isInstallMeshPlan(plan))
        throw new Error(`${install_mesh_apply_STEP}: not an install-mesh plan (internal error)`);
    const secrets = plan.secrets ?? new SealedSecrets();
    const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs;
    if (plan.anchorKey)
        await handleAnchorKey(ctx, spec, plan.anchorKey, secrets);
    const pending = plan.changes.filter(c => c.action !== 'noop');
    for (const change of pending) {
        if (change.target === 'helm')
            await installRelease(ctx, spec, change, secrets, deadline);
    }
    const namespaces = pending.filter((c) => c.target === 'kubernetes' && c.action === 'apply');
    if (namespaces.length > 0) {
        for (const change of namespaces) {
            ctx.log.info(`${install_mesh_apply_STEP}: apply ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
        }
        await ctx.kube.applyManifests(namespaces.map(c => c.manifest));
    }
    const restarts = pending.filter((c) => c.target === 'kubernetes' && c.action === 'restart');
    if (restarts.length > 0) {
        const awaited = pending.some(c => c.target === 'helm' && c.release === CONTROL_PLANE.release);
        await restartWorkloads(ctx, spec, restarts, deadline, awaited);
    }
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/index.ts





const installMesh = {
    manifest: installMeshManifest,
    parseSpec: parseInstallMeshSpec,
    azureTarget: () => undefined,
    needsCluster: () => true,
    observe: observeInstallMesh,
    offlineState: offlineInstallMeshState,
    plan: planInstallMesh,
    allowedFlags: () => new Set(),
    optInInput: () => undefined,
    apply: applyInstallMesh,
    outputs: installMeshOutputs,
};

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
        ...COMMON_INPUTS,
        ...CLUSTER_INPUTS,
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
            description: '`application-gateway`: no public frontend IP (the private-only deployment; the subscription needs the preview feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation). Without it the platform requires a public frontend IP, which the step creates with no listener on it.',
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
            description: 'Opt-in for changes flagged `public-exposure` (an Ingress on the gateway’s public frontend).',
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

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/private-endpoints.ts



const private_endpoints_STEP = 'provision-private-ingress';
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
    const nics = (0,network/* propertiesOf */.P1)(endpoint)['networkInterfaces'];
    const nicId = Array.isArray(nics) ? (0,network/* referenceId */.VX)(nics[0]) : undefined;
    const nic = nicId ? await networkPort.getNetworkInterface(nicId) : undefined;
    const configs = (0,network/* propertiesOf */.P1)(nic)['ipConfigurations'];
    const first = Array.isArray(configs) ? configs[0] : undefined;
    return {
        endpoint,
        privateIp: (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(first)['privateIPAddress']),
        location: (0,network/* stringValue */.r$)(vnet?.['location']),
    };
}
/** Private Endpoints connected to the target. */
function connectedEndpointIds(target) {
    const connections = (0,network/* propertiesOf */.P1)(target)['privateEndpointConnections'];
    if (!Array.isArray(connections))
        return [];
    return connections
        .map(c => (0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(c)['privateEndpoint']))
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
        (0,network/* isManagedByUs */.tJ)(e.endpoint) &&
        (0,network/* tagsOf */.Fg)(e.endpoint)[OWNER_TAG] === targetId.toLowerCase());
    const zone = spec.privateDnsZone;
    const strayRecords = zone
        ? strays
            .map(e => (0,network/* tagsOf */.Fg)(e.endpoint)[DNS_NAME_TAG])
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
/** Created by this step for this target (two pipelines never take each other's). */
function isOwnedEndpoint(target, endpoint) {
    const tags = (0,network/* tagsOf */.Fg)(endpoint);
    return tags[network/* MANAGED_BY_TAG */.dS] === network/* MANAGED_BY_VALUE */.Q9 && tags[OWNER_TAG] === target.id.toLowerCase();
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
/** A listed endpoint that exists must be the step's own, in the listed subnet, to this target. */
function checkExistingEndpoint(spec, target, id, subnetId, endpoint) {
    const problem = !isOwnedEndpoint(target, endpoint)
        ? `was not created by this step for this ${target.kind}`
        : !(0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(endpoint)['subnet']), subnetId)
            ? 'is in another subnet than the listed one'
            : !(0,network/* sameId */.s)(connectionTarget(endpoint), target.reference)
                ? `connects to '${connectionTarget(endpoint) ?? '?'}', not to this ${target.kind}`
                : undefined;
    if (problem) {
        throw new errors/* PreconditionError */.Rb(`${private_endpoints_STEP}: Private Endpoint '${id}' exists but ${problem}; a Private Endpoint's subnet and target cannot change. Give it another name in '${spec.inputNames['private-endpoints'] ?? 'private-endpoints'}', or delete it.`);
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
            changes.push((0,core_plan/* armChange */.l6)(e.id, 'create', `Private Endpoint in '${e.subnet.parent?.name ?? '?'}/${e.subnet.name}' to the ${target.kind}${auto ? ' (auto-approved subscription)' : ', approved by the step'}`, {
                body: {
                    location: observed?.location ?? spec.location ?? location,
                    tags: {
                        [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9,
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
        changes.push((0,core_plan/* armChange */.l6)(e.id, 'noop', `Private Endpoint exists (connection ${connectionState(observed.endpoint) ?? 'unknown'})`));
    }
    // Approve pending connections, only those of endpoints the step created for this target.
    const ours = new Set(spec.endpoints
        .filter(e => isOwnedEndpoint(target, state.endpoints.get(e.id)?.endpoint))
        .map(e => e.id.toLowerCase()));
    const connections = (0,network/* propertiesOf */.P1)(target.body)['privateEndpointConnections'];
    for (const c of (Array.isArray(connections) ? connections : [])) {
        const props = (0,network/* propertiesOf */.P1)(c);
        const endpointId = (0,network/* referenceId */.VX)(props['privateEndpoint']);
        const status = props['privateLinkServiceConnectionState']
            ?.status;
        if (!endpointId || !ours.has(endpointId.toLowerCase()) || status !== 'Pending')
            continue;
        changes.push((0,core_plan/* armChange */.l6)(`${target.id}/privateEndpointConnections/${String(c['name'])}`, 'update', `approve the connection of '${endpointId.split('/').pop() ?? ''}'`, {
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
        changes.push((0,core_plan/* armChange */.l6)(id, 'delete', 'no longer in the endpoint list; the step created it'));
    }
    return changes;
}
/** An A record per endpoint in `private-dns-zone-id`; records of removed endpoints go too. */
function planRecords(spec, state) {
    const zone = spec.privateDnsZone;
    if (!zone)
        return [];
    if (!spec.offline && state.dnsZone === undefined) {
        throw new errors/* PreconditionError */.Rb(`${private_endpoints_STEP}: the Private DNS zone '${zone.id}' does not exist or is not visible to this identity; check '${spec.inputNames['private-dns-zone-id'] ?? 'private-dns-zone-id'}'.`);
    }
    const changes = [];
    for (const e of spec.endpoints) {
        const id = recordId(zone.id, e.dnsName);
        const ip = state.endpoints.get(e.id)?.privateIp ?? (0,core_plan/* knownAfterApply */.C1)(`private IP of ${e.name}`);
        const body = {
            properties: {
                ttl: 300,
                aRecords: [{ ipv4Address: ip }],
                metadata: { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
            },
        };
        const observed = state.records.get(id);
        if (observed === undefined) {
            changes.push((0,core_plan/* armChange */.l6)(id, 'create', `A record ${e.dnsName}.${zone.name} → the private IP of ${e.name}`, {
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
            changes.push((0,core_plan/* armChange */.l6)(id, 'noop', `A record ${e.dnsName}.${zone.name} points at ${ip}`));
            continue;
        }
        const metadata = (0,network/* propertiesOf */.P1)(observed)['metadata'];
        if (metadata?.[network/* MANAGED_BY_TAG */.dS] !== network/* MANAGED_BY_VALUE */.Q9) {
            throw new errors/* PreconditionError */.Rb(`${private_endpoints_STEP}: the A record '${id}' exists but was not written by this step; give the endpoint another dns-name or remove the record.`);
        }
        changes.push((0,core_plan/* armChange */.l6)(id, 'update', `point A record ${e.dnsName}.${zone.name} at ${ip}`, {
            body,
            dependsOn: [e.id],
        }));
    }
    for (const id of state.strayRecords) {
        const observed = state.records.get(id);
        const metadata = (0,network/* propertiesOf */.P1)(observed)['metadata'];
        if (observed !== undefined && metadata?.[network/* MANAGED_BY_TAG */.dS] === network/* MANAGED_BY_VALUE */.Q9) {
            changes.push((0,core_plan/* armChange */.l6)(id, 'delete', 'its Private Endpoint leaves the list; the step wrote it'));
        }
    }
    return changes;
}
/** `private-endpoints` output: endpoint name → private IP (or a placeholder). */
function endpointOutputs(spec, state) {
    return Object.fromEntries(spec.endpoints.map(e => [
        e.name,
        state.endpoints.get(e.id)?.privateIp ?? (0,core_plan/* knownAfterApply */.C1)(`private IP of ${e.name}`),
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
        vnetLocation: (0,network/* stringValue */.r$)(vnet?.['location']),
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
const opt_ins_OPT_IN_INPUTS = {
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

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-resolve.ts




const app_gateway_resolve_STEP = 'provision-private-ingress';
/** Azure keeps the first four and the last address of every subnet. */
const RESERVED_PER_SUBNET = 5;
/** The subnet's IPv4 range: `addressPrefix`, or the first IPv4 one of `addressPrefixes`. */
function subnetIpv4Range(subnet) {
    const props = (0,network/* propertiesOf */.P1)(subnet);
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
/** What else lives in the subnet: NICs, load balancer frontends, endpoints, delegations, links. */
function otherSubnetUsers(subnet) {
    const props = (0,network/* propertiesOf */.P1)(subnet);
    const ids = (key) => Array.isArray(props[key])
        ? props[key].map(network/* referenceId */.VX).filter((id) => id !== undefined)
        : [];
    const delegations = Array.isArray(props['delegations'])
        ? props['delegations']
            .map(d => (0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(d)['serviceName']))
            .filter((s) => s !== undefined)
            .filter(s => !(0,network/* sameId */.s)(s, 'Microsoft.Network/applicationGateways'))
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
    const props = (0,network/* propertiesOf */.P1)(subnet);
    const configs = Array.isArray(props['applicationGatewayIPConfigurations'])
        ? props['applicationGatewayIPConfigurations']
        : [];
    const gateways = configs
        .map(network/* referenceId */.VX)
        .filter((id) => id !== undefined)
        .map(id => id.replace(/\/gatewayIPConfigurations\/[^/]+$/i, ''))
        .filter(id => !(0,network/* sameId */.s)(id, ours));
    return [...new Set(gateways.map(g => g.toLowerCase()))].map(g => gateways.find(x => x.toLowerCase() === g) ?? g);
}
/** A gateway's reach in instances: its autoscale bound, or its fixed capacity. */
function maxInstances(gateway) {
    const props = (0,network/* propertiesOf */.P1)(gateway);
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
 * The checks that need the subnets as read, right after reading them and before any change:
 * the gateway subnet holds only Application Gateways and has room for this gateway's autoscale
 * bound, the private frontend IP and Azure's reserved addresses (besides the other gateways'
 * bounds); the frontend IP is one of its usable addresses; the Private Link subnet exists.
 * Problems are input errors, all at once, in the host's spelling.
 */
async function checkAppGatewaySubnets(ctx, spec, ag) {
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
    if (spec.clusterId !== undefined) {
        const cluster = await ctx.arm.getManagedCluster(spec.clusterId);
        if (cluster === undefined) {
            throw new errors/* PreconditionError */.Rb(`${app_gateway_resolve_STEP}: the AKS cluster '${spec.clusterId}' does not exist or is not visible to this identity. Check '${spec.inputNames['cluster-name'] ?? 'cluster-name'}' and '${spec.inputNames['resource-group'] ?? 'resource-group'}'.`);
        }
        location ??= (0,network/* stringValue */.r$)(cluster['location']);
    }
    await checkAppGatewaySubnets(ctx, spec, ag);
    return { ...spec, location };
}

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
const app_gateway_spec_SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function integerIn(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,inputs_parsed.ok)(Number(raw))
        : (0,inputs_parsed/* fail */.f)(`must be a whole number from ${min} to ${max}`);
}
function parseGuid(raw) {
    return GUID.test(raw) ? (0,inputs_parsed.ok)(raw.toLowerCase()) : (0,inputs_parsed/* fail */.f)('must be a GUID');
}
function parseZone(raw) {
    return /^[1-3]$/.test(raw) ? (0,inputs_parsed.ok)(raw) : (0,inputs_parsed/* fail */.f)('must list availability zones 1, 2 and/or 3');
}
/** `Microsoft_DefaultRuleSet/2.1` (or with a space): a rule set the platform offers. */
function parseWafRuleSet(raw) {
    const offered = Object.entries(OFFERED_RULE_SETS).flatMap(([type, versions]) => versions.map(version => `${type}/${version}`));
    const match = /^([A-Za-z_]+)\s*[/ ]\s*([0-9.]+)$/.exec(raw);
    const type = Object.keys(OFFERED_RULE_SETS).find(t => t.toLowerCase() === match?.[1]?.toLowerCase());
    const version = match?.[2];
    if (type === undefined || version === undefined || !OFFERED_RULE_SETS[type]?.includes(version)) {
        return (0,inputs_parsed/* fail */.f)(`is not a managed rule set Application Gateway WAF policies offer for new policies; give one of ${offered.join(', ')} (CRS 3.1 and 3.0 can no longer be attached to new policies since February 2026)`);
    }
    return (0,inputs_parsed.ok)({ type, version });
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
    const doc = parseStructured(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(ExclusionShape, doc.value ?? []);
    return checked.ok ? (0,inputs_parsed.ok)(checked.value.map(e => ({ ...e }))) : checked;
}
function parseCustomRules(raw) {
    const doc = parseStructured(raw);
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
    return problems.length > 0 ? (0,inputs_parsed/* fail */.f)(problems.join('; ')) : (0,inputs_parsed.ok)(checked.value.map(r => ({ ...r })));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Ingress manifests (networking.k8s.io/v1) for the gateway: each names its namespace, uses the
 * gateway's IngressClass (filled in when left out) and has a spec; the API server validates the
 * rest when the step applies them.
 */
function parseIngresses(raw) {
    const doc = parseStructured(raw);
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
        if (typeof name !== 'string' || name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
            problems.push(`${at}.metadata.name: expected a DNS-1123 subdomain`);
        }
        if (typeof namespace !== 'string' || namespace.length > 63 || !DNS_LABEL.test(namespace)) {
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
    return problems.length > 0 ? (0,inputs_parsed/* fail */.f)(problems.join('; ')) : (0,inputs_parsed.ok)(ingresses);
}
/** Whether an Ingress gets its listener on the private frontend (else: a public listener). */
function isPrivateIngress(ingress) {
    const metadata = isRecord(ingress['metadata']) ? ingress['metadata'] : {};
    const annotations = isRecord(metadata['annotations']) ? metadata['annotations'] : {};
    return annotations[USE_PRIVATE_IP] === 'true';
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
    const subnet = reader.optional('application-gateway-subnet-id', (0,resource_id/* parseResourceId */.RQ)(app_gateway_spec_SUBNET_TYPE));
    const privateFrontendIp = reader.optional('private-frontend-ip', parseIpv4);
    const privateOnly = reader.withDefault('application-gateway-private-only', parseBoolean);
    const minCapacity = reader.withDefault('autoscale-min-capacity', integerIn(0, 125));
    const maxCapacity = reader.withDefault('autoscale-max-capacity', integerIn(2, 125));
    const zones = reader.optional('zones', raw => parseListOf(raw, parseZone));
    const wafName = reader.optional('waf-policy-name', (0,azure_names/* parseResourceName */.p$)('WAF policy', { maxLength: 128 }));
    const wafMode = reader.withDefault('waf-mode', parseChoice(WAF_MODES));
    const allowWafDetection = reader.withDefault('allow-waf-detection', parseBoolean);
    const ruleSet = reader.withDefault('waf-rule-set', parseWafRuleSet);
    const exclusions = reader.optional('waf-exclusions', parseExclusions);
    const customRules = reader.optional('waf-custom-rules', parseCustomRules);
    const agicMode = reader.withDefault('agic-mode', parseChoice(AGIC_MODES));
    const agicNamespace = reader.withDefault('agic-namespace', (raw) => raw.length <= 63 && DNS_LABEL.test(raw) ? (0,inputs_parsed.ok)(raw) : (0,inputs_parsed/* fail */.f)('must be a DNS-1123 label'));
    const agicChartVersion = reader.withDefault('agic-chart-version', (raw) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)(`must be a pinned chart version, like ${AGIC_CHART.version}`));
    const clientId = reader.optional('agic-identity-client-id', parseGuid);
    const principalId = reader.optional('agic-identity-principal-id', parseGuid);
    const ingresses = reader.optional('ingresses', parseIngresses);
    const allowPublicExposure = reader.withDefault('allow-public-exposure', parseBoolean);
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
        };
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/spec.ts















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
        const fallback = inputDefault(findInput(reader.manifest, id), reader.host);
        return fallback === undefined || reader.raw(id) !== fallback;
    });
    if (ignored.length > 0) {
        reader.warn(`${ignored.map(id => `'${reader.name(id)}'`).join(', ')} ${ignored.length === 1 ? 'does' : 'do'} not apply with '${reader.name('controller')}: ${controller}' and ${ignored.length === 1 ? 'is' : 'are'} ignored.`);
    }
}
const spec_SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
function spec_integerIn(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,inputs_parsed.ok)(Number(raw))
        : (0,inputs_parsed/* fail */.f)(`must be a whole number from ${min} to ${max}`);
}
/** A DNS-1123 label, as Kubernetes and Helm require for namespaces, releases and classes. */
function kubernetesName(maxLength) {
    return raw => raw.length <= maxLength && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)(`must be a DNS-1123 label: lower-case letters, digits and '-', at most ${maxLength} characters, like ingress-nginx`);
}
function hostRoute(ip) {
    return { address: ip, prefixLength: 32, version: 4, text: `${ip}/32` };
}
function parseSubscriptionOrStar(raw) {
    return raw === '*' ? (0,inputs_parsed.ok)(raw) : (0,azure_names/* parseSubscriptionId */.mU)(raw);
}
function parseDnsLabel(raw) {
    return /^(@|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(raw)
        ? (0,inputs_parsed.ok)(raw.toLowerCase())
        : (0,inputs_parsed/* fail */.f)('must be a DNS record name, like ingress or app.ingress');
}
function parseRequestMessage(raw) {
    return raw.length <= 140 ? (0,inputs_parsed.ok)(raw) : (0,inputs_parsed/* fail */.f)('is longer than 140 characters');
}
const EndpointShape = array(object({
    name: optional(string({ parse: (0,azure_names/* parseResourceName */.p$)('private endpoint', { maxLength: 64 }) })),
    'subnet-id': string({ parse: (0,resource_id/* parseResourceId */.RQ)(spec_SUBNET_TYPE) }),
    'request-message': optional(string({ parse: parseRequestMessage })),
    'dns-name': optional(string({ parse: parseDnsLabel })),
}));
function parseEndpoints(raw) {
    const doc = parseStructured(raw);
    if (!doc.ok)
        return doc;
    const checked = validateShape(EndpointShape, doc.value ?? []);
    if (!checked.ok)
        return checked;
    return (0,inputs_parsed.ok)(checked.value.map(e => ({
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
    const controller = reader.withDefault('controller', parseChoice(CONTROLLERS));
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
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)('must be a pinned chart version, like 4.15.1'));
    const chartRepo = reader.withDefault('chart-repo', (raw) => /^(https:\/\/|oci:\/\/)/.test(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)('must be an https:// or oci:// repository URL'));
    const replicas = reader.withDefault('replicas', spec_integerIn(1, 10));
    const ingressClass = reader.withDefault('ingress-class', kubernetesName(63));
    const internalSubnetName = reader.optional('internal-subnet-name', (0,azure_names/* parseResourceName */.p$)('subnet', { maxLength: 80 }));
    const loadBalancerIp = reader.optional('load-balancer-ip', parseIpv4);
    const serviceCidr = reader.withDefault('service-cidr', parseCidr);
    const privateLink = reader.withDefault('private-link', parseChoice(PRIVATE_LINK_MODES));
    const plsName = reader.optional('pls-name', (0,azure_names/* parseResourceName */.p$)('private link service', { maxLength: 80 }));
    const plsSubnet = reader.optional('pls-subnet-id', (0,resource_id/* parseResourceId */.RQ)(spec_SUBNET_TYPE));
    const visibility = reader.optional('pls-visibility', raw => parseListOf(raw, parseSubscriptionOrStar));
    const autoApproval = reader.optional('pls-auto-approval', raw => parseListOf(raw, azure_names/* parseSubscriptionId */.mU));
    const natIpCount = reader.withDefault('pls-nat-ip-count', spec_integerIn(1, 8));
    const proxyProtocol = reader.withDefault('pls-proxy-protocol', parseBoolean);
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
        ? list.find(item => (0,network/* sameId */.s)((0,network/* stringValue */.r$)(item['name']), name))
        : undefined;
}
function sub(gatewayId, collection, name) {
    return { id: `${gatewayId}/${collection}/${name}` };
}
/** The WAF policy, prevention by default, with the inputs' rule set, exclusions and rules. */
function wafPolicyBody(spec, location, observed) {
    const o = (0,network/* propertiesOf */.P1)(observed);
    const oSettings = (o['policySettings'] ?? {});
    const oManaged = (o['managedRules'] ?? {});
    const oSets = Array.isArray(oManaged['managedRuleSets'])
        ? oManaged['managedRuleSets']
        : [];
    // Rule group overrides someone tuned stay, as long as the rule set version stays.
    const sameSet = oSets.find(s => (0,network/* sameId */.s)((0,network/* stringValue */.r$)(s['ruleSetType']), spec.waf.ruleSetType) &&
        s['ruleSetVersion'] === spec.waf.ruleSetVersion);
    return {
        location: (0,network/* stringValue */.r$)(observed?.['location']) ?? location,
        tags: { ...(0,network/* tagsOf */.Fg)(observed), [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
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
            customRules: [...spec.waf.customRules],
        },
    };
}
function withoutKeys(value, keys) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}
/** What differs between the WAF policy as read and the inputs (empty: nothing to write). */
function wafPolicyDifferences(spec, observed) {
    const o = (0,network/* propertiesOf */.P1)(observed);
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
        !(0,network/* sameId */.s)((0,network/* stringValue */.r$)(set?.['ruleSetType']), spec.waf.ruleSetType) ||
        set?.['ruleSetVersion'] !== spec.waf.ruleSetVersion) {
        differences.push(`rule set → ${spec.waf.ruleSetType} ${spec.waf.ruleSetVersion}`);
    }
    // ARM adds defaults (a rule's state, etags): what the inputs say must be there, and no more.
    if (!containsJson(managed['exclusions'] ?? [], spec.waf.exclusions)) {
        differences.push('exclusions');
    }
    if (!containsJson(o['customRules'] ?? [], spec.waf.customRules)) {
        differences.push('custom rules');
    }
    return differences;
}
/** The Standard static public IP a v2 gateway's public frontend needs. */
function publicIpBody(spec, location) {
    return {
        location,
        tags: { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
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
        tags: { [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
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
    const o = (0,network/* propertiesOf */.P1)(observed);
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
        !(0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(ipConfigs[0])['subnet']), spec.subnet.id)) {
        differences.push('gateway subnet');
    }
    for (const want of desiredFrontends(spec)) {
        const name = String(want['name']);
        const have = (0,network/* propertiesOf */.P1)(byName(o['frontendIPConfigurations'], name));
        const w = (0,network/* propertiesOf */.P1)(want);
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
        const link = (0,network/* propertiesOf */.P1)(byName(o['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION));
        const ips = Array.isArray(link['ipConfigurations'])
            ? link['ipConfigurations']
            : [];
        // Private Link IPs can be added, not taken away while endpoints use them.
        if (ips.length < linkIpCount ||
            !ips.every(ip => (0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(ip)['subnet']), plsSubnetId))) {
            differences.push('Private Link configuration');
        }
    }
    if (!(0,network/* sameId */.s)((0,network/* referenceId */.VX)(o['firewallPolicy']), spec.waf.id))
        differences.push('WAF policy link');
    return differences;
}
function sameRef(a, b) {
    const x = (0,network/* referenceId */.VX)(a);
    const y = (0,network/* referenceId */.VX)(b);
    return x === undefined ? y === undefined : (0,network/* sameId */.s)(x, y);
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
    const merged = theirs.map(item => mine.find(m => (0,network/* sameId */.s)(String(m['name']), String(item['name']))) ?? item);
    for (const m of mine) {
        if (!theirs.some(item => (0,network/* sameId */.s)(String(item['name']), String(m['name']))))
            merged.push(m);
    }
    return merged;
}
/**
 * The update PUT: the whole gateway as read (AGIC's listeners, pools, rules, certificates, its
 * managed identity for Key Vault certificates, every other setting), with only what the step owns
 * set to the inputs. A gateway it did not create is never taken over.
 */
function gatewayUpdateBody(spec, observed, plsSubnetId, linkIpCount) {
    if (!(0,network/* isManagedByUs */.tJ)(observed)) {
        throw new errors/* PreconditionError */.Rb(`${app_gateway_STEP}: Application Gateway '${spec.id}' exists but was not created by this step (no managed-by tag); set 'application-gateway-name' to another name, or tag it 'managed-by: ${network/* MANAGED_BY_VALUE */.Q9}' to hand it over.`);
    }
    const o = withoutReadOnly((0,network/* propertiesOf */.P1)(observed));
    const props = Object.fromEntries(Object.entries(o).filter(([k]) => !READ_ONLY_GATEWAY.has(k)));
    const existingLink = (0,network/* propertiesOf */.P1)(byName(props['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION));
    const existingIps = Array.isArray(existingLink['ipConfigurations'])
        ? existingLink['ipConfigurations']
        : [];
    const link = existingIps.length >= linkIpCount &&
        existingIps.every(ip => (0,network/* sameId */.s)((0,network/* referenceId */.VX)((0,network/* propertiesOf */.P1)(ip)['subnet']), plsSubnetId))
        ? { name: PRIVATE_LINK_CONFIGURATION, properties: { ipConfigurations: existingIps } }
        : desiredPrivateLink(spec, plsSubnetId, Math.max(linkIpCount, existingIps.length));
    const ipConfig = Array.isArray(props['gatewayIPConfigurations'])
        ? props['gatewayIPConfigurations'][0]
        : undefined;
    const identity = identityToSend(observed['identity']);
    return {
        location: observed['location'],
        tags: { ...(0,network/* tagsOf */.Fg)(observed), [network/* MANAGED_BY_TAG */.dS]: network/* MANAGED_BY_VALUE */.Q9 },
        ...(Array.isArray(observed['zones']) ? { zones: observed['zones'] } : {}),
        ...(identity ? { identity } : {}),
        properties: {
            ...props,
            sku: { name: 'WAF_v2', tier: 'WAF_v2' },
            autoscaleConfiguration: autoscale(spec),
            gatewayIPConfigurations: [
                {
                    name: (0,network/* stringValue */.r$)(ipConfig?.['name']) ?? GATEWAY_IP_CONFIGURATION,
                    properties: { ...(0,network/* propertiesOf */.P1)(ipConfig), subnet: { id: spec.subnet.id } },
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
    return (0,network/* stringValue */.r$)(body?.['etag']) ?? (0,network/* stringValue */.r$)(body?.['eTag']);
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
    const addons = (0,network/* propertiesOf */.P1)(cluster)['addonProfiles'];
    const addon = addons !== null && typeof addons === 'object'
        ? Object.entries(addons).find(([k]) => (0,network/* sameId */.s)(k, AGIC_ADDON))?.[1]
        : undefined;
    return addon !== null && typeof addon === 'object' ? addon : {};
}
/** The add-on's identity (object ID) as AKS reports it once the add-on is enabled. */
function addonPrincipalId(cluster) {
    const identity = addonProfile(cluster)['identity'];
    return (0,network/* stringValue */.r$)(identity?.['objectId']);
}
/** The gateway the add-on serves, if it is enabled. */
function addonGateway(cluster) {
    const addon = addonProfile(cluster);
    if (addon['enabled'] !== true)
        return undefined;
    const config = (addon['config'] ?? {});
    return ((0,network/* stringValue */.r$)(config['applicationGatewayId']) ??
        (0,network/* stringValue */.r$)(config['effectiveApplicationGatewayId']) ??
        // An add-on that created its own gateway names it, or its subnet, instead of an ID.
        (0,network/* stringValue */.r$)(config['applicationGatewayName']) ??
        (0,network/* stringValue */.r$)(config['subnetId']) ??
        (0,network/* stringValue */.r$)(config['subnetCIDR']) ??
        'an Application Gateway the add-on created');
}
/** Keys of a managed cluster that AKS computes (never sent back). */
const CLUSTER_READ_ONLY = [
    'provisioningState',
    'powerState',
    'maxAgentPools',
    'currentKubernetesVersion',
    'fqdn',
    'privateFQDN',
    'azurePortalFQDN',
    'resourceUID',
    'status',
];
const POOL_READ_ONLY = [
    'provisioningState',
    'powerState',
    'nodeImageVersion',
    'currentOrchestratorVersion',
    'eTag',
];
function without(value, keys) {
    const object = value !== null && typeof value === 'object' ? value : {};
    return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));
}
/**
 * The managed cluster PUT that enables the add-on: the cluster as read, without what AKS
 * computes and without secrets (a service principal's secret, Windows and legacy AAD
 * passwords: AKS keeps the stored ones when they are left out), with the add-on profile set.
 */
function clusterAddonBody(cluster, gatewayId) {
    const props = without((0,network/* propertiesOf */.P1)(cluster), CLUSTER_READ_ONLY);
    const addons = without(props['addonProfiles'], []);
    for (const key of Object.keys(addons)) {
        // A profile's identity is AKS's; drop it on every add-on, not only this one.
        addons[key] = without(addons[key], ['identity']);
    }
    const identity = without(cluster['identity'], ['principalId', 'tenantId']);
    const pools = Array.isArray(props['agentPoolProfiles'])
        ? props['agentPoolProfiles'].map(p => without(p, POOL_READ_ONLY))
        : undefined;
    const oidc = props['oidcIssuerProfile'];
    return {
        location: cluster['location'],
        ...(cluster['tags'] !== undefined ? { tags: cluster['tags'] } : {}),
        ...(cluster['sku'] !== undefined ? { sku: cluster['sku'] } : {}),
        ...(cluster['kind'] !== undefined ? { kind: cluster['kind'] } : {}),
        ...(cluster['extendedLocation'] !== undefined
            ? { extendedLocation: cluster['extendedLocation'] }
            : {}),
        ...(Object.keys(identity).length > 0 ? { identity } : {}),
        properties: {
            ...props,
            ...(pools ? { agentPoolProfiles: pools } : {}),
            ...(props['servicePrincipalProfile'] !== undefined
                ? { servicePrincipalProfile: without(props['servicePrincipalProfile'], ['secret']) }
                : {}),
            ...(props['windowsProfile'] !== undefined
                ? { windowsProfile: without(props['windowsProfile'], ['adminPassword']) }
                : {}),
            ...(props['aadProfile'] !== undefined
                ? { aadProfile: without(props['aadProfile'], ['serverAppSecret']) }
                : {}),
            ...(oidc !== undefined ? { oidcIssuerProfile: without(oidc, ['issuerURL']) } : {}),
            addonProfiles: {
                ...addons,
                [AGIC_ADDON]: { enabled: true, config: { applicationGatewayId: gatewayId } },
            },
        },
    };
}
/**
 * `agic-mode: add-on`: the managed cluster's add-on pointed at the gateway. An add-on already
 * serving another gateway is never repointed (its Ingresses would move with it).
 */
function planAddon(spec, clusterId, cluster, offline, location) {
    const serving = addonGateway(cluster);
    if (serving !== undefined && (0,network/* sameId */.s)(serving, spec.id)) {
        return (0,core_plan/* armChange */.l6)(clusterId, 'noop', `the AGIC add-on serves ${spec.name}`);
    }
    if (serving !== undefined) {
        throw new errors/* PreconditionError */.Rb(`${agic_STEP}: the AKS cluster's AGIC add-on already serves '${serving}'; the step does not repoint it to '${spec.id}'. Disable the add-on first (az aks disable-addons -a ingress-appgw), or use 'agic-mode: helm'.`);
    }
    if (cluster === undefined) {
        if (!offline) {
            throw new errors/* PreconditionError */.Rb(`${agic_STEP}: the AKS cluster '${clusterId}' does not exist or is not visible to this identity; check 'cluster-name' and 'resource-group'.`);
        }
        return (0,core_plan/* armChange */.l6)(clusterId, 'update', 'enable the AGIC add-on on the cluster (offline: the PUT carries the whole cluster as read, with this add-on profile)', {
            body: {
                location,
                properties: {
                    addonProfiles: {
                        [AGIC_ADDON]: { enabled: true, config: { applicationGatewayId: spec.id } },
                    },
                },
            },
            dependsOn: [spec.id],
        });
    }
    const ifMatch = etagOf(cluster);
    return (0,core_plan/* armChange */.l6)(clusterId, 'update', `enable the AGIC add-on for ${spec.name}`, {
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
    const base = {
        target: 'helm',
        release: AGIC_RELEASE,
        namespace: spec.agic.namespace,
        chart: AGIC_CHART.chart,
        // An OCI chart reference: no repository.
        repo: '',
        version: spec.agic.chartVersion,
        values,
        flags: [],
        dependsOn: [...dependsOn],
    };
    if (release === undefined) {
        return {
            ...base,
            action: 'install',
            reason: `install AGIC ${spec.agic.chartVersion} for ${spec.name}`,
        };
    }
    const sameValues = sameJson(release.values, values);
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
        reason: release.chartVersion !== spec.agic.chartVersion
            ? `upgrade AGIC ${release.chartVersion ?? '?'} → ${spec.agic.chartVersion}`
            : release.status !== 'deployed'
                ? `AGIC release is '${release.status}'`
                : 'AGIC values changed',
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
/** An assignment of the role at the scope or above it (inherited) satisfies a grant. */
function isGranted(assignments, grant) {
    return assignments.some(a => {
        const props = (0,network/* propertiesOf */.P1)(a);
        const scope = ((0,network/* stringValue */.r$)(props['scope']) ?? '').toLowerCase();
        const target = grant.scope.toLowerCase();
        return (((0,network/* stringValue */.r$)(props['roleDefinitionId']) ?? '')
            .toLowerCase()
            .endsWith(`/${ROLES[grant.role]}`) &&
            (target === scope || target.startsWith(`${scope}/`)));
    });
}
/**
 * One role assignment per grant, named by a GUID of (scope, role, principal): a re-run finds it
 * again, and an assignment someone made before (any name, at or above the scope) counts too.
 */
function planRoleAssignments(spec, subscriptionId, principalId, assignments, dependsOn) {
    const principal = principalId ?? (0,core_plan/* knownAfterApply */.C1)('the object ID of the AGIC add-on identity');
    return agicRoleGrants(spec).map(grant => {
        const name = principalId === undefined
            ? (0,core_plan/* knownAfterApply */.C1)('a GUID of scope, role and the AGIC identity')
            : deterministicGuid(grant.scope, ROLES[grant.role], principalId);
        const id = `${grant.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
        if (principalId !== undefined && isGranted(assignments.get(grant.scope) ?? [], grant)) {
            return (0,core_plan/* armChange */.l6)(id, 'noop', `AGIC's identity has ${grant.role} to ${grant.why}`);
        }
        return (0,core_plan/* armChange */.l6)(id, 'create', `grant AGIC's identity ${grant.role} to ${grant.why}`, {
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
        vnetLocation: (0,network/* stringValue */.r$)(vnet?.['location']),
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
/**
 * The subnet that gives Private Link its IPs (a Private Link Service's NAT IPs, an Application
 * Gateway Private Link configuration's IPs) with `privateLinkServiceNetworkPolicies: Disabled`,
 * keeping every other property of the subnet. `ready` when nothing needs to change.
 */
function planLinkSubnet(subnet, observed) {
    const policies = (0,network/* propertiesOf */.P1)(observed)['privateLinkServiceNetworkPolicies'];
    if (observed !== undefined && policies === 'Disabled')
        return { changes: [], ready: true };
    return {
        ready: false,
        changes: [
            (0,core_plan/* armChange */.l6)(subnet.id, 'update', 'disable private link service network policies on the Private Link subnet, keeping every other property', {
                body: observed
                    ? (0,network/* subnetPutBody */.Ng)(observed, { privateLinkServiceNetworkPolicies: 'Disabled' })
                    : { name: subnet.name, properties: { privateLinkServiceNetworkPolicies: 'Disabled' } },
            }),
        ],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/app-gateway-plan.ts










const app_gateway_plan_STEP = 'provision-private-ingress';
/** The notices the plan carries for `controller: application-gateway`. */
const AGIC_NOTICE = 'AGIC is supported, but Microsoft steers new work to Application Gateway for Containers ("begin transitioning"); AGIC owns the gateway’s listeners, pools and rules, the step only its SKU, scale, frontends, Private Link and WAF policy (see the README).';
const PUBLIC_FRONTEND_NOTICE = 'a WAF_v2 Application Gateway needs a public frontend IP unless the subscription uses the private-only deployment (preview): the step creates one because the platform requires it and puts no listener on it; set application-gateway-private-only when the feature is registered.';
function planWafPolicy(spec, state, location) {
    const observed = state.wafPolicy;
    const detection = spec.waf.mode === 'Detection' ? ['waf-detection'] : [];
    if (observed === undefined) {
        return (0,core_plan/* armChange */.l6)(spec.waf.id, 'create', `WAF policy in ${spec.waf.mode} mode with ${spec.waf.ruleSetType} ${spec.waf.ruleSetVersion}`, { body: wafPolicyBody(spec, location, undefined), flags: [...detection] });
    }
    const differences = wafPolicyDifferences(spec, observed);
    if (differences.length === 0) {
        return (0,core_plan/* armChange */.l6)(spec.waf.id, 'noop', `the WAF policy is in ${spec.waf.mode} mode as desired`);
    }
    if (!(0,network/* isManagedByUs */.tJ)(observed)) {
        throw new errors/* PreconditionError */.Rb(`${app_gateway_plan_STEP}: WAF policy '${spec.waf.id}' exists but was not created by this step; set 'waf-policy-name' to another name.`);
    }
    return (0,core_plan/* armChange */.l6)(spec.waf.id, 'update', `set the WAF policy's ${differences.join(', ')}`, {
        body: wafPolicyBody(spec, location, observed),
        flags: [...detection],
    });
}
function app_gateway_plan_planPublicIp(spec, state, location) {
    if (spec.privateOnly)
        return [];
    if (state.publicIp !== undefined) {
        return [
            (0,core_plan/* armChange */.l6)(spec.publicIpId, 'noop', 'the public frontend IP the platform requires exists'),
        ];
    }
    return [
        (0,core_plan/* armChange */.l6)(spec.publicIpId, 'create', 'public frontend IP: required by the WAF_v2 platform, no listener uses it', { body: publicIpBody(spec, location) }),
    ];
}
function planGateway(spec, ag, state, location, dependsOn) {
    const plsSubnetId = spec.plsSubnet?.id ?? '';
    const observed = state.gateway;
    if (observed === undefined) {
        return (0,core_plan/* armChange */.l6)(ag.id, 'create', `WAF_v2 Application Gateway with private frontend ${ag.privateFrontendIp}${ag.privateLink ? ' and Private Link' : ''}`, {
            body: gatewayCreateBody(ag, location, plsSubnetId, spec.natIpCount),
            dependsOn: [...dependsOn],
        });
    }
    const differences = gatewayDifferences(ag, observed, plsSubnetId, spec.natIpCount);
    if (differences.length === 0) {
        return (0,core_plan/* armChange */.l6)(ag.id, 'noop', 'the gateway’s SKU, scale, frontends, Private Link and WAF link are as desired; AGIC’s parts are its own');
    }
    const ifMatch = etagOf(observed);
    return (0,core_plan/* armChange */.l6)(ag.id, 'update', `set the gateway’s ${differences.join(', ')}, keeping AGIC’s listeners, pools and rules`, {
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
        containsJson(have['labels'] ?? {}, want['labels'] ?? {}) &&
        containsJson(have['annotations'] ?? {}, want['annotations'] ?? {}) &&
        containsJson(observed['spec'], ingress['spec']);
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
        throw new errors/* PreconditionError */.Rb(`${app_gateway_plan_STEP}: the region of the gateway's virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${spec.inputNames['application-gateway-subnet-id'] ?? 'application-gateway-subnet-id'}' or give '${spec.inputNames['location'] ?? 'location'}'.`);
    }
    const waf = planWafPolicy(ag, s, location);
    const publicIp = app_gateway_plan_planPublicIp(ag, s, location);
    const subnet = ag.privateLink && spec.plsSubnet
        ? planLinkSubnet(spec.plsSubnet, s.plSubnet)
        : { changes: [], ready: true };
    const gateway = planGateway(spec, ag, s, location, [waf, ...publicIp, ...subnet.changes].filter(c => c.action !== 'noop').map(c => c.resourceId));
    const changes = [waf, ...publicIp, ...subnet.changes, gateway];
    let agicKey;
    if (ag.agic.mode === 'add-on') {
        const clusterId = ag.clusterId ?? '';
        const addon = planAddon(ag, clusterId, s.cluster, spec.offline, location);
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
        agicKey = release ? (0,core_plan/* changeKey */.Cy)(release) : ag.id;
    }
    changes.push(...ag.ingresses.map(i => planIngress(i, s.ingresses.get(ingressKey(i)), [agicKey])));
    changes.push(...planEndpoints(spec, state, gatewayLinkTarget(ag, s), location));
    changes.push(...planRecords(spec, state));
    const createsPublicIp = publicIp.some(c => c.action === 'create');
    return {
        step: app_gateway_plan_STEP,
        changes,
        outputs: appGatewayOutputs(spec, state),
        warnings: [AGIC_NOTICE, ...(createsPublicIp ? [PUBLIC_FRONTEND_NOTICE] : [])],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/plan.ts








const provision_private_ingress_plan_STEP = provisionPrivateIngressManifest.name;
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
        throw new errors/* PreconditionError */.Rb(`${provision_private_ingress_plan_STEP}: the subnet '${spec.plsSubnet.id}' does not exist or is not visible to this identity; check '${spec.inputNames['pls-subnet-id'] ?? 'pls-subnet-id'}'.`);
    }
    const subnet = planLinkSubnet(spec.plsSubnet, state.plsSubnet);
    changes.push(...subnet.changes);
    const subnetReady = subnet.ready;
    const frontend = frontendFor(state, serviceIp(state)) ??
        (0,core_plan/* knownAfterApply */.C1)('the internal load balancer frontend of the controller’s Service');
    const body = privateLinkServiceBody(spec, location, frontend);
    const dependsOn = [releaseKey, ...(subnetReady ? [] : [spec.plsSubnet.id])];
    const observed = state.pls;
    if (observed === undefined) {
        changes.push((0,core_plan/* armChange */.l6)(spec.plsId, 'create', 'publish the internal load balancer frontend through a Private Link Service', { body, dependsOn }));
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
        changes.push((0,core_plan/* armChange */.l6)(spec.plsId, 'noop', 'the Private Link Service publishes the controller as desired'));
        return changes;
    }
    if (observed['tags']?.[network/* MANAGED_BY_TAG */.dS] !== network/* MANAGED_BY_VALUE */.Q9) {
        throw new errors/* PreconditionError */.Rb(`${provision_private_ingress_plan_STEP}: Private Link Service '${spec.plsId}' exists but was not created by this step; set '${spec.inputNames['pls-name'] ?? 'pls-name'}' to another name.`);
    }
    // NAT IPs can only be added, never removed, once in use: keep the existing ones.
    const existingNat = (o['ipConfigurations'] ?? []);
    const properties = (0,network/* propertiesOf */.P1)(body);
    const nat = existingNat.length >= spec.natIpCount
        ? existingNat.map(c => ({ name: c['name'], properties: { ...(0,network/* propertiesOf */.P1)(c) } }))
        : properties['ipConfigurations'];
    changes.push((0,core_plan/* armChange */.l6)(spec.plsId, 'update', 'set the Private Link Service’s frontend, NAT IPs, visibility and approvals', {
        body: { ...body, tags: observed['tags'], properties: { ...want, ipConfigurations: nat } },
        dependsOn,
    }));
    return changes;
}
function nginxOutputs(spec, state) {
    const endpoints = endpointOutputs(spec, state);
    return {
        'ingress-private-ip': serviceIp(state) ?? (0,core_plan/* knownAfterApply */.C1)('the controller’s internal load balancer IP'),
        'private-link-service-id': spec.privateLink === 'none' ? '' : spec.plsId,
        'private-link-service-alias': spec.privateLink === 'none'
            ? ''
            : ((0,network/* stringValue */.r$)((0,network/* propertiesOf */.P1)(state.pls)['alias']) ??
                (0,core_plan/* knownAfterApply */.C1)('the Private Link Service alias')),
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
            : (0,core_plan/* knownAfterApply */.C1)('the Private Link Service the cloud provider creates'),
        autoApproval: spec.autoApproval,
        body: state.pls,
        dependsOn: spec.privateLink === 'arm' ? [spec.plsId] : [releaseKey],
    };
}
/** `controller: nginx`, pure: the release first, then the Private Link Service, the endpoints. */
function planNginxIngress(spec, state) {
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${provision_private_ingress_plan_STEP}: the virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${spec.inputNames['vnet-id'] ?? 'vnet-id'}'.`);
    }
    const release = planRelease(spec, state);
    const key = (0,core_plan/* changeKey */.Cy)(release);
    const changes = [
        release,
        ...planPrivateLinkService(spec, state, location, key),
        ...planEndpoints(spec, state, nginxLinkTarget(spec, state, key), location),
        ...planRecords(spec, state),
    ];
    const notice = controllerFor(spec).notice;
    return {
        step: provision_private_ingress_plan_STEP,
        changes,
        outputs: nginxOutputs(spec, state),
        warnings: notice ? [notice] : [],
    };
}

;// CONCATENATED MODULE: ./src/steps/provision-private-ingress/apply.ts








const provision_private_ingress_apply_STEP = 'provision-private-ingress';
const apply_POLL_MS = 5000;
/** Applies one change: a Helm release, Kubernetes manifests, or an ARM write. */
async function runIngressChange(ctx, change) {
    ctx.log.info(`${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
    switch (change.target) {
        case 'helm':
            await ctx.kube.helmUpgradeInstall(helmInstallOf(change));
            return;
        case 'kubernetes':
            if (change.action !== 'apply') {
                throw new Error(`${provision_private_ingress_apply_STEP}: cannot ${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}`);
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
        await ctx.clock.sleep(Math.min(apply_POLL_MS, left));
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
                ? `${provision_private_ingress_apply_STEP}: the cloud provider did not create Private Link Service '${spec.plsId}' within ${spec.waitTimeoutMs / 1000} s. Check the Service's events (kubectl describe service -n ${svc.namespace} ${svc.name}) and the cluster identity's rights on the PLS subnet, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`
                : `${provision_private_ingress_apply_STEP}: Service ${svc.namespace}/${svc.name} got no private IP within ${spec.waitTimeoutMs / 1000} s. Check its events (kubectl describe service -n ${svc.namespace} ${svc.name}): a taken or out-of-subnet '${spec.inputNames['load-balancer-ip'] ?? 'load-balancer-ip'}', or missing rights of the cluster identity on the subnet, are the usual causes.`),
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
        step: provision_private_ingress_apply_STEP,
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
            ctx.log.info(`${(0,core_plan/* changeKey */.Cy)(current)} changed since it was read (another writer, such as AGIC); reading it again and planning the change anew (try ${attempt + 1} of ${IF_MATCH_TRIES})`);
            const replanned = planAppGateway(spec, await observeAppGateway(ctx, spec)).changes.find(c => (0,core_plan/* changeKey */.Cy)(c).toLowerCase() === (0,core_plan/* changeKey */.Cy)(current).toLowerCase());
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
    optInInput: flag => opt_ins_OPT_IN_INPUTS[flag],
    apply: (ctx, spec, plan) => strategyFor(spec).apply(ctx, spec, plan),
    outputs: (spec, state) => strategyFor(spec).outputs(spec, state),
};

;// CONCATENATED MODULE: ./src/steps/verify-encryption/allow-list.ts




const allow_list_DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Workload names are DNS-1123 subdomains (Deployments, StatefulSets, DaemonSets, Jobs, pods). */
const allow_list_DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Parses a namespace name: a DNS-1123 label of at most 63 characters. */
function parseNamespaceName(raw) {
    return raw.length <= 63 && allow_list_DNS_LABEL.test(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)("not a namespace name; use a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit, like payments");
}
function parseNamespaceOrStar(raw) {
    return raw === '*' ? (0,inputs_parsed.ok)(raw) : parseNamespaceName(raw);
}
function parseWorkloadName(raw) {
    return raw.length <= 253 && allow_list_DNS_SUBDOMAIN.test(raw)
        ? (0,inputs_parsed.ok)(raw)
        : (0,inputs_parsed/* fail */.f)("not a workload name; use the Deployment, StatefulSet, DaemonSet, Job or pod name (lower-case letters, digits, '-' and '.')");
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
    const doc = parseStructured(raw);
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
/** The first entry that allows a plaintext edge (or skipped ports) of this direction and port range. */
function allowingTraffic(entries, subject) {
    return entries.find(e => covers(e, subject) &&
        (e.direction === undefined || e.direction === subject.direction) &&
        (e.ports === undefined ||
            (e.ports.from <= subject.ports.from && subject.ports.to <= e.ports.to)));
}
/**
 * The first entry that allows a whole pod to be unmeshed: one without a port or direction
 * (a namespace-wide entry may, since it names no traffic in particular).
 */
function allowingUnmeshed(entries, subject) {
    return entries.find(e => covers(e, subject) && e.ports === undefined && e.direction === undefined);
}
/**
 * The first entry that allows a pod to stay unverified: it must name the workload, and no port
 * or direction. A namespace-wide entry never excuses a pod whose traffic nobody saw.
 */
function allowingUnverified(entries, subject) {
    return entries.find(e => e.workload !== undefined &&
        covers(e, subject) &&
        e.ports === undefined &&
        e.direction === undefined);
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/edges.ts
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
    if (series.counter === 'inbound_http_authz_allow_total')
        return 'inbound';
    if (series.counter === 'inbound_tcp_authz_allow_total')
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
 * connections from `tcp_open_total` (else the TCP authorizations), requests from
 * `request_total` (else the HTTP authorizations, as in proxies that expose only those).
 */
function countingSeries(snapshot) {
    const hasTcp = snapshot.counters.has('tcp_open_total');
    const hasRequests = snapshot.counters.has('request_total');
    const out = [];
    for (const series of snapshot.series.values()) {
        if (series.counter === 'tcp_open_total')
            out.push({ series, kind: 'connections' });
        if (series.counter === 'request_total')
            out.push({ series, kind: 'requests' });
        if (series.counter === 'inbound_tcp_authz_allow_total' && !hasTcp)
            out.push({ series, kind: 'connections' });
        if (series.counter === 'inbound_http_authz_allow_total' && !hasRequests)
            out.push({ series, kind: 'requests' });
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
    return (a.namespace.localeCompare(b.namespace) ||
        a.pod.localeCompare(b.pod) ||
        a.direction.localeCompare(b.direction) ||
        (a.port ?? 0) - (b.port ?? 0) ||
        a.peer.localeCompare(b.peer) ||
        a.tls.localeCompare(b.tls));
}
/** The probe evidence for an inbound port, from the authorization counters. */
function probeEvidence(snapshot, port) {
    let plaintextRequests = 0;
    let probeRouteRequests = 0;
    let plaintextTcpConnections = 0;
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
    }
    return { plaintextRequests, probeRouteRequests, plaintextTcpConnections, hasRouteLabels };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/pods.ts


/** The Linkerd proxy container's name (mesh.md 3.1). */
const pods_PROXY_CONTAINER = 'linkerd-proxy';
const SKIP_INBOUND_ANNOTATION = 'config.linkerd.io/skip-inbound-ports';
const SKIP_OUTBOUND_ANNOTATION = 'config.linkerd.io/skip-outbound-ports';
function podKey(pod) {
    return `${pod.namespace}/${pod.name}`;
}
function proxyPlacement(pod) {
    if (pod.initContainers.some(c => c.name === pods_PROXY_CONTAINER))
        return 'native-sidecar';
    if (pod.containers.some(c => c.name === pods_PROXY_CONTAINER))
        return 'container';
    return undefined;
}
/** The workload a pod belongs to: its controller, a ReplicaSet's Deployment, or the pod itself. */
function workloadOf(pod) {
    const workload = podWorkload(pod);
    if (workload !== undefined)
        return { name: workload.name, kind: workload.kind };
    const owner = pod.owners[0];
    return owner === undefined
        ? { name: pod.name, kind: 'Pod' }
        : { name: owner.name, kind: owner.kind };
}
function skippedPorts(pod) {
    const found = [];
    for (const [direction, annotation] of [
        ['inbound', SKIP_INBOUND_ANNOTATION],
        ['outbound', SKIP_OUTBOUND_ANNOTATION],
    ]) {
        const value = pod.annotations[annotation]?.trim();
        if (value === undefined || value === '')
            continue;
        const ranges = [];
        const unreadable = [];
        for (const item of value
            .split(',')
            .map(i => i.trim())
            .filter(i => i !== '')) {
            const range = parsePortRange(item);
            if (range.ok)
                ranges.push(range.value);
            else
                unreadable.push(item);
        }
        found.push({ direction, annotation: value, ranges, unreadable });
    }
    return found;
}
function describePod(pod) {
    const workload = workloadOf(pod);
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
        skipped: skippedPorts(pod),
        probePaths,
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/prometheus-text.ts
/**
 * A parser for the Prometheus text exposition format (version 0.0.4), as the Linkerd proxy's
 * admin server writes it on `/metrics`: `name{label="value",...} value [timestamp]` lines,
 * `#` comments. Label values may escape `\\`, `\"` and `\n`.
 */
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/**
 * Names and most label values repeat across lines and scrapes. Each is kept once, as a copy
 * detached from the scrape's text: a substring can keep its whole source string alive, and a
 * parsed scrape must not hold its text.
 */
const kept = new Map();
const MAX_KEPT = 100_000;
function detach(text) {
    let copy = kept.get(text);
    if (copy === undefined) {
        copy = Array.from(text).join('');
        if (kept.size < MAX_KEPT)
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
        if (!LABEL_NAME.test(name) || line[eq + 1] !== '"')
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
 * before their labels are read, which keeps large scrapes cheap.
 */
function parsePrometheusText(text, keep) {
    const samples = [];
    let malformedLines = 0;
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
            malformedLines++;
            continue;
        }
        if (keep !== undefined && !keep(name))
            continue;
        let rest = name.length;
        let labels = {};
        if (line[rest] === '{') {
            const parsed = parseLabels(line, rest);
            if (parsed === undefined) {
                malformedLines++;
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
            malformedLines++;
            continue;
        }
        samples.push({ name: detach(name), labels, value });
    }
    return { samples, malformedLines };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/proxy-metrics.ts
/**
 * What a Linkerd proxy's `/metrics` says about the traffic it carried: the counters with TLS
 * labels, the process start time (to spot restarts), the identity certificate's expiry and the
 * proxy version. Label names: linkerd2-proxy `linkerd/app/core/src/transport/labels.rs`,
 * `linkerd/app/inbound/src/metrics/authz.rs` (see mesh.md section 4.5).
 */

/** The counters an edge is built from. */
const EDGE_COUNTERS = [
    /** Connections opened, both directions, with `peer`, `tls`, `client_id`/`server_id`. */
    'tcp_open_total',
    /** HTTP requests, both directions, with `tls` and the peer identity. */
    'request_total',
    /** Inbound HTTP requests that were authorized, with the route (`route_name="probe"`). */
    'inbound_http_authz_allow_total',
    /** Inbound connections authorized as TCP (not HTTP). */
    'inbound_tcp_authz_allow_total',
];
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
function readProxySnapshot(text) {
    const parsed = parsePrometheusText(text, keep);
    const series = new Map();
    const counters = new Set();
    let processStartSeconds;
    let certExpiry;
    let proxyVersion;
    for (const sample of parsed.samples) {
        if (COUNTERS.has(sample.name)) {
            const counter = sample.name;
            counters.add(counter);
            if (!Number.isFinite(sample.value))
                continue;
            const key = seriesKey(counter, sample.labels);
            const before = series.get(key)?.value ?? 0;
            series.set(key, { counter, labels: sample.labels, value: before + sample.value });
        }
        else if (sample.name === 'process_start_time_seconds') {
            processStartSeconds = sample.value;
        }
        else if (sample.name === 'proxy_build_info') {
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
        malformedLines: parsed.malformedLines,
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/judge.ts





const judge_DAY_MS = 86_400_000;
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
            return 'The pod went away during verification (or its saved scrape is missing); run the verification again.';
        case 'failed':
            return 'Run the verification again; if it fails again, read the message above.';
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
    if (evidence.probeRouteRequests === 0 ||
        evidence.probeRouteRequests < evidence.plaintextRequests) {
        return not(`${evidence.plaintextRequests - evidence.probeRouteRequests} of ${evidence.plaintextRequests} plaintext request(s) went to other routes than the synthesized 'probe' route`);
    }
    return {
        allowed: true,
        why: `kubelet probes: all ${evidence.probeRouteRequests} plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths ${listed})`,
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
    for (const ns of state.emptyNamespaces) {
        warning(ns, 'the namespace has no pods (or does not exist); nothing in it was verified.');
    }
    // Edges from every proxy that answered.
    const edges = [];
    const unverified = [];
    const proxyCertificates = [];
    const missingCertificates = [];
    const restarted = [];
    let scrapedPods = 0;
    let malformed = 0;
    for (const scrape of state.scrapes) {
        const { pod, outcome } = scrape;
        if (!outcome.ok) {
            const entry = allowingUnverified(spec.allow, pod);
            const fix = scrapeFix(outcome.problem, pod, spec);
            const failedScrape = outcome.scrape === 2 ? 'the second scrape' : 'the scrape';
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
        malformed += outcome.snapshot.malformedLines;
        if (outcome.restarted || outcome.resets > 0)
            restarted.push(podKey(pod));
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
    if (malformed > 0)
        warnings.push(`${malformed} line(s) of the proxies' metrics could not be read and were skipped.`);
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
    // Ports that bypass the proxy.
    const skipped = [];
    for (const pod of meshed.filter(isRunningOrPending)) {
        for (const skip of pod.skipped) {
            const items = [
                ...skip.ranges.map(range => ({ ports: formatPortRange(range), range })),
                ...skip.unreadable.map(item => ({ ports: item, range: undefined })),
            ];
            for (const { ports, range } of items) {
                const entry = range === undefined
                    ? undefined
                    : allowingTraffic(spec.allow, { ...pod, direction: skip.direction, ports: range });
                skipped.push({
                    pod,
                    direction: skip.direction,
                    ports,
                    ...(entry ? { allowedBy: describeEntry(entry) } : {}),
                });
                if (entry === undefined) {
                    error(podKey(pod), `${skip.direction} port(s) ${ports} skip the proxy ('config.linkerd.io/skip-${skip.direction}-ports'): that traffic is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the port from the annotation, or list it in '${allowName}' with the reason.`);
                }
            }
        }
    }
    // The issuer certificate.
    let issuer;
    if (spec.issuerExpiresAt !== undefined) {
        const daysLeft = (Date.parse(spec.issuerExpiresAt) - Date.parse(state.finishedAt)) / judge_DAY_MS;
        const status = daysLeft <= 0 ? 'expired' : daysLeft < spec.minValidityDays ? 'below-minimum' : 'ok';
        issuer = { expiresAt: spec.issuerExpiresAt, daysLeft: Math.floor(daysLeft * 10) / 10, status };
        if (status === 'expired') {
            error('issuer certificate', `expired at ${spec.issuerExpiresAt}: proxies can no longer renew their certificates. Replace the issuer (Linkerd's "Replacing Expired Certificates" procedure).`);
        }
        else if (status === 'below-minimum') {
            error('issuer certificate', `expires at ${spec.issuerExpiresAt}, in ${issuer.daysLeft} day(s), fewer than '${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}' (${spec.minValidityDays}). Rotate the issuer certificate.`);
        }
    }
    else {
        warnings.push(`'${spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'}' is not set, so the issuer certificate's expiry was not checked.`);
    }
    // A run that proved nothing does not pass.
    const encrypted = edges.filter(e => e.verdict === 'encrypted').length;
    if (meshed.length === 0) {
        error('cluster', `no meshed pod in ${state.namespaces.length === 0 ? 'the cluster' : `namespace(s) ${state.namespaces.join(', ')}`}: nothing proves that traffic is encrypted.`);
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
        proxyCertificates,
        missingCertificates,
        issuer,
        restarted,
        scrapedPods,
        findings,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/manifest.ts

const manifest_DEFAULTS = {
    windowSeconds: '0',
    minValidityDays: '30',
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
        ...CLUSTER_INPUTS,
        {
            id: 'namespaces',
            required: false,
            description: 'Namespaces to verify (comma or newline separated). Default: every namespace with a meshed pod.',
        },
        {
            id: 'window-seconds',
            required: false,
            default: manifest_DEFAULTS.windowSeconds,
            description: '0 judges the proxies’ counters since they started; a number of seconds (up to 3600) scrapes twice that far apart and judges only the traffic in between.',
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
            default: manifest_DEFAULTS.requireMeshed,
            adoType: 'boolean',
            description: 'Fail on running pods without a Linkerd proxy in the verified namespaces, unless `allow-plaintext` allows them.',
        },
        {
            id: 'min-validity-days',
            required: false,
            default: manifest_DEFAULTS.minValidityDays,
            description: 'Fail when the issuer certificate (`issuer-expires-at`) expires in fewer days than this. Proxy certificates (24 h, renewed by the proxies) fail only when expired.',
        },
        {
            id: 'issuer-expires-at',
            required: false,
            description: 'Expiry of the Linkerd identity issuer certificate, ISO 8601 (the `issuer-expires-at` output of install-mesh). Not checked when empty.',
        },
        {
            id: 'report-file',
            required: false,
            default: manifest_DEFAULTS.reportFile,
            description: 'Path of the JSON evidence file (every edge with its verdict and reason, the scrape times, the cluster, the tool version), for the audit archive.',
        },
        {
            id: 'scrape-timeout',
            required: false,
            default: manifest_DEFAULTS.scrapeTimeout,
            description: 'How long one proxy scrape may take (Go-style duration, e.g. 10s).',
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

;// CONCATENATED MODULE: ./src/steps/verify-encryption/window.ts
/**
 * The traffic between two scrapes of one proxy, the way Prometheus' `increase()` treats counter
 * resets: after a restart every counter started again from zero inside the window, so the second
 * value is the increase; a series that went down without a restart was dropped (idle series
 * expire after 10 minutes) and recreated, so again the second value is the increase. A series
 * only in the first scrape carried nothing in the window. Never negative.
 */
function windowDelta(first, second) {
    const restarted = first.processStartSeconds !== undefined &&
        second.processStartSeconds !== undefined &&
        first.processStartSeconds !== second.processStartSeconds;
    let resets = 0;
    const series = new Map();
    for (const [key, after] of second.series) {
        const before = restarted ? undefined : first.series.get(key);
        let increase = after.value;
        if (before !== undefined) {
            if (after.value >= before.value) {
                increase = after.value - before.value;
            }
            else {
                resets++;
            }
        }
        if (increase > 0)
            series.set(key, { ...after, value: increase });
    }
    return { snapshot: { ...second, series }, restarted, resets };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/observe.ts



async function listPods(kube, namespaces) {
    if (namespaces === undefined) {
        const all = await kube.listPods();
        const meshed = new Set(all.filter(p => describePod(p).proxy !== undefined).map(p => p.namespace));
        return all.filter(p => meshed.has(p.namespace));
    }
    const lists = await Promise.all(namespaces.map(ns => kube.listPods(ns)));
    return lists.flat();
}
/** Scrapes every target once; parses each answer as it arrives and keeps only the parse. */
async function scrapeAll(ctx, spec, targets) {
    const taken = new Map();
    await ctx.kube.scrapeProxies(targets, { timeoutMs: spec.scrapeTimeoutMs }, (target, scrape) => {
        const at = (scrape.ok && scrape.scrapedAt !== undefined ? scrape.scrapedAt : ctx.clock.now()).toISOString();
        taken.set(podKey(target), scrape.ok
            ? { at, snapshot: readProxySnapshot(scrape.text) }
            : { at, failure: { problem: scrape.problem, message: scrape.message } });
    });
    return taken;
}
function failed(taken, scrape) {
    return {
        ok: false,
        problem: taken?.failure?.problem ?? 'failed',
        message: taken?.failure?.message ?? 'no answer was recorded for this pod',
        scrape,
    };
}
/**
 * Lists the pods of the chosen namespaces (default: every namespace with a meshed pod), then
 * scrapes every meshed, running pod's proxy; in window mode twice, `window-seconds` apart,
 * keeping only the increase. Reads only.
 */
async function observeVerifyEncryption(ctx, spec) {
    const startedAt = ctx.clock.now().toISOString();
    const source = await ctx.kube.describeSource();
    const views = await listPods(ctx.kube, spec.namespaces);
    const pods = views.map(describePod).sort((a, b) => podKey(a).localeCompare(podKey(b)));
    const namespaces = [
        ...new Set([...(spec.namespaces ?? []), ...pods.map(p => p.namespace)]),
    ].sort();
    const emptyNamespaces = (spec.namespaces ?? []).filter(ns => !pods.some(p => p.namespace === ns));
    const targets = pods.filter(p => p.proxy !== undefined && p.phase === 'Running');
    ctx.log.info(`verify-encryption: ${pods.length} pod(s) in ${namespaces.length} namespace(s); scraping ${targets.length} meshed, running pod(s).`);
    const began = ctx.clock.now().getTime();
    const first = await scrapeAll(ctx, spec, targets);
    let second;
    if (spec.windowSeconds > 0) {
        ctx.log.info(`verify-encryption: window mode: scraping again in ${spec.windowSeconds} s.`);
        await ctx.clock.sleep(spec.windowSeconds * 1000);
        second = await scrapeAll(ctx, spec, targets.filter(t => first.get(podKey(t))?.snapshot !== undefined));
    }
    const scrapes = targets.map((pod) => {
        const one = first.get(podKey(pod));
        const two = second?.get(podKey(pod));
        const scrapedAt = [one?.at, two?.at].filter((t) => t !== undefined);
        if (one?.snapshot === undefined)
            return { pod, scrapedAt, outcome: failed(one, 1) };
        if (second === undefined) {
            return {
                pod,
                scrapedAt,
                outcome: { ok: true, snapshot: one.snapshot, restarted: false, resets: 0 },
            };
        }
        if (two?.snapshot === undefined)
            return { pod, scrapedAt, outcome: failed(two, 2) };
        const delta = windowDelta(one.snapshot, two.snapshot);
        return { pod, scrapedAt, outcome: { ok: true, ...delta } };
    });
    const failures = scrapes.filter(s => !s.outcome.ok).length;
    ctx.log.info(`verify-encryption: scraped ${scrapes.length - failures} of ${scrapes.length} proxies in ${((ctx.clock.now().getTime() - began) / 1000).toFixed(1)} s${failures > 0 ? ` (${failures} failed)` : ''}.`);
    return {
        source,
        namespaces,
        emptyNamespaces,
        pods,
        scrapes,
        startedAt,
        finishedAt: ctx.clock.now().toISOString(),
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/report.ts


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
        judgement.skipped.some(s => s.allowedBy === undefined)
            ? 'ports that bypass the proxy'
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
/** The Markdown summary: counts, then the non-encrypted edges, then the other findings. */
function renderSummary(spec, state, judgement) {
    const counts = countJudgement(judgement, state);
    const window = spec.windowSeconds > 0
        ? `traffic between two scrapes ${spec.windowSeconds} s apart`
        : 'counters since each proxy started';
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
        `| namespaces | ${cell(state.namespaces.join(', ') || '(none)')} |`,
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
    if (judgement.skipped.length > 0) {
        lines.push('', '#### Ports that bypass the proxy (unverifiable)', '', ...table(['pod', 'direction', 'ports', 'status'], judgement.skipped.map(s => [
            podKey(s.pod),
            s.direction,
            s.ports,
            s.allowedBy ? `allowed: ${s.allowedBy}` : '**not allowed**',
        ])));
    }
    if (judgement.notRunning.length > 0) {
        lines.push('', '#### Meshed pods not running (not scraped)', '', ...table(['pod', 'phase'], judgement.notRunning.map(p => [podKey(p), p.phase])));
    }
    lines.push('', '#### Certificates', '');
    const earliest = [...judgement.proxyCertificates].sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))[0];
    const expired = judgement.proxyCertificates.filter(c => c.expired).length;
    lines.push(earliest === undefined
        ? '- Proxy identity certificates: none reported.'
        : `- Proxy identity certificates: ${judgement.proxyCertificates.length} checked, ${expired} expired; earliest expiry ${earliest.expiresAt} (${earliest.namespace}/${earliest.pod}).`);
    if (judgement.missingCertificates.length > 0) {
        lines.push(`- ${plural(judgement.missingCertificates.length, 'proxy', 'proxies')} report no certificate expiry.`);
    }
    lines.push(judgement.issuer === undefined
        ? `- Issuer certificate: not checked ('${spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'}' not set).`
        : `- Issuer certificate: expires ${judgement.issuer.expiresAt}, in ${judgement.issuer.daysLeft} day(s) (minimum ${spec.minValidityDays}): ${judgement.issuer.status}.`);
    if (judgement.restarted.length > 0) {
        lines.push('', `Proxies restarted or reset their counters during the window (their counts since the restart were used): ${judgement.restarted.join(', ')}.`);
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
            namespaces: state.namespaces,
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
            ...(s.outcome.ok
                ? {
                    ok: true,
                    proxyVersion: s.outcome.snapshot.proxyVersion ?? null,
                    restarted: s.outcome.restarted,
                }
                : {
                    ok: false,
                    problem: s.outcome.problem,
                    message: s.outcome.message,
                    scrape: s.outcome.scrape,
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
            allowedBy: s.allowedBy ?? null,
        })),
        certificates: {
            proxies: judgement.proxyCertificates,
            missing: judgement.missingCertificates,
            issuer: judgement.issuer ?? null,
        },
        findings: judgement.findings,
    };
    return `${JSON.stringify(evidence, null, 2)}\n`;
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
    const windowSeconds = reader.withDefault('window-seconds', wholeNumber(MAX_WINDOW_SECONDS, '0 judges the counters since the proxies started'));
    const allow = reader.optional('allow-plaintext', parseAllowList);
    const requireMeshed = reader.withDefault('require-meshed', parseBoolean);
    const minValidityDays = reader.withDefault('min-validity-days', wholeNumber(MAX_VALIDITY_DAYS, 'days the issuer certificate must stay valid'));
    const issuerExpiresAt = reader.optional('issuer-expires-at', parseTimestamp);
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

;// CONCATENATED MODULE: ./src/steps/registry.ts




/** Every step this release ships, in pipeline order. */
const STEPS = [
    configureFirewallEgress,
    provisionPrivateIngress,
    installMesh,
    verifyEncryption,
];
/** All step names in pipeline order, including those a later release adds. */
const PIPELINE_ORDER = [
    'configure-firewall-egress',
    'provision-private-ingress',
    'install-mesh',
    'verify-encryption',
];

// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __nccwpck_require__(20681);
;// CONCATENATED MODULE: ./src/hosts/cloud-inputs.ts




const parseCloudName = parseChoice(CLOUD_NAMES);
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

// EXTERNAL MODULE: ./src/core/render.ts
var render = __nccwpck_require__(31595);
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
    const { createCluster } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58873));
    return createCluster({ exec: host.exec, kubeconfigPath: location.path, log: host.log });
}
function isVerifyStep(step) {
    return 'kind' in step && step.kind === 'verify';
}
function parseInputs(host, step) {
    const reader = new SpecReader(step.manifest, host.inputs, host.kind);
    const common = readCommonInputs(reader);
    const azure = usesAzure(step.manifest);
    const connection = azure ? host.readAzureConnection(reader, common) : undefined;
    const subscriptionId = common.subscriptionId ?? connection?.subscriptionId;
    if (azure &&
        subscriptionId === undefined &&
        !reader.hasProblems() &&
        host.kind === 'azure-pipelines') {
        reader.problem('subscription-id', undefined, 'is required: the service connection names no subscription (or none is used offline). Give the subscription ID, a GUID.');
    }
    const knownCloud = CLOUD_NAMES.find(n => n === connection?.cloud.name);
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
        const structured = step.manifest.inputs.filter(i => i.structured && inputOnHost(i, host.kind));
        if (structured.some(i => host.inputs.get(i.id)?.trim()))
            await loadStructuredParser();
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
Available in this release: ${STEPS.map(s => s.manifest.name).join(', ')}

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
    const known = new Set(manifest.inputs.filter(i => inputOnHost(i, 'cli')).map(i => i.id));
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
function findStep(name) {
    const step = STEPS.find(s => s.manifest.name === name);
    if (step)
        return step;
    if (PIPELINE_ORDER.includes(name)) {
        throw new UsageError(`step '${name}' is not available in this release (${VERSION}); available: ${STEPS.map(s => s.manifest.name).join(', ')}.`);
    }
    throw new UsageError(`unknown command '${name}'; expected 'plan' or a step: ${PIPELINE_ORDER.join(', ')}.`);
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
            if (!main_isVerifyStep(findStep(command))) {
                throw new UsageError(`--from-scrapes goes with verify-encryption, not '${command}'.`);
            }
            const window = new CliInputs(inputLayers(command, flags, config)).get('window-seconds');
            if (window !== undefined && !['', '0'].includes(window.trim())) {
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
            const steps = names.map(findStep);
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
        const step = findStep(command);
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
