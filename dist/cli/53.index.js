export const id = 53;
export const ids = [53];
export const modules = {

/***/ 42502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ formatPortRange),
/* harmony export */   mK: () => (/* binding */ parsePortRange)
/* harmony export */ });
/* unused harmony export parsePort */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

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
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ from: 1, to: MAX_PORT });
    const parts = raw.split('-').map(part => part.trim());
    const [fromText = '', toText] = parts;
    if (parts.length > 2)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a port range; ${RANGE_ACCEPTED}`);
    const from = toPort(fromText);
    const to = toText === undefined ? from : toPort(toText);
    if (from === undefined || to === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`);
    }
    if (from > to)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`the range is reversed; put the lower port first, like ${to}-${from}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ from, to });
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


/***/ }),

/***/ 49429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configureFirewallEgress: () => (/* binding */ configureFirewallEgress)
});

// EXTERNAL MODULE: ./src/core/apply-passes.ts + 1 modules
var apply_passes = __webpack_require__(89323);
// EXTERNAL MODULE: ./src/core/arm-writes.ts
var arm_writes = __webpack_require__(85746);
// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __webpack_require__(4620);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/network.ts
var network = __webpack_require__(13661);
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
var choice = __webpack_require__(13670);
// EXTERNAL MODULE: ./src/core/inputs/list.ts
var list = __webpack_require__(461);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __webpack_require__(85772);
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
    const parsed = (0,list/* parseListOf */.R)(raw, (0,choice/* parseChoice */.H)(OPTIONAL_GROUPS));
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

// EXTERNAL MODULE: ./src/core/inputs/cidr.ts
var inputs_cidr = __webpack_require__(67167);
// EXTERNAL MODULE: ./src/core/inputs/fqdn.ts
var fqdn = __webpack_require__(23838);
// EXTERNAL MODULE: ./src/core/inputs/ipv4.ts
var ipv4 = __webpack_require__(5198);
// EXTERNAL MODULE: ./src/core/inputs/ipv6.ts
var ipv6 = __webpack_require__(67076);
// EXTERNAL MODULE: ./src/core/inputs/port.ts
var port = __webpack_require__(42502);
// EXTERNAL MODULE: ./src/core/inputs/shape.ts
var shape = __webpack_require__(61792);
// EXTERNAL MODULE: ./src/core/inputs/structured.ts
var inputs_structured = __webpack_require__(16126);
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
            const cidr = (0,inputs_cidr/* parseCidr */.GN)(raw);
            return cidr.ok ? (0,inputs_parsed.ok)(cidr.value.text) : (0,inputs_parsed/* fail */.f)(cidr.message);
        }
        if (/^[0-9]/.test(raw) || /^[0-9a-f]*:[0-9a-f:.]*$/i.test(raw)) {
            const ip = raw.includes(':') ? (0,ipv6/* parseIpv6 */.BE)(raw) : (0,ipv4/* parseIpv4 */.ni)(raw);
            return ip.ok ? (0,inputs_parsed.ok)(ip.value) : (0,inputs_parsed/* fail */.f)(`${ip.message.split(';')[0] ?? ''}; ${accepted}`);
        }
        if (options.serviceTags && SERVICE_TAG.test(raw))
            return (0,inputs_parsed.ok)(raw);
        if (options.serviceTags && (0,fqdn/* parseFqdn */.$)({ allowWildcard: true })(raw).ok) {
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
        const parsed = (0,port/* parsePortRange */.mK)(text.trim());
        if (!parsed.ok) {
            problems.push({ path, message: parsed.message });
            return { ok: false };
        }
        return { ok: true, value: (0,port/* formatPortRange */.QM)(parsed.value) };
    },
};
// --- Shapes ----------------------------------------------------------------------------------
const sourceAddresses = (0,shape/* optional */.lq)((0,shape/* array */.YO)((0,shape/* string */.Yj)({ parse: parseAddress({ serviceTags: false }) }), { minItems: 1 }));
const ApplicationRuleShape = (0,shape/* object */.Ik)({
    name: (0,shape/* string */.Yj)({ pattern: RULE_NAME }),
    fqdns: (0,shape/* array */.YO)((0,shape/* string */.Yj)({ parse: (0,fqdn/* parseFqdn */.$)({ allowWildcard: true }) }), { minItems: 1 }),
    protocols: (0,shape/* optional */.lq)((0,shape/* array */.YO)((0,shape/* string */.Yj)({ parse: parseApplicationProtocol }), { minItems: 1 })),
    'source-addresses': sourceAddresses,
});
const NetworkRuleShape = (0,shape/* object */.Ik)({
    name: (0,shape/* string */.Yj)({ pattern: RULE_NAME }),
    protocols: (0,shape/* array */.YO)((0,shape/* oneOf */.yL)(['TCP', 'UDP', 'ICMP', 'Any']), { minItems: 1 }),
    'destination-addresses': (0,shape/* optional */.lq)((0,shape/* array */.YO)((0,shape/* string */.Yj)({ parse: parseAddress({ serviceTags: true }) }), { minItems: 1 })),
    'destination-fqdns': (0,shape/* optional */.lq)((0,shape/* array */.YO)((0,shape/* string */.Yj)({ parse: (0,fqdn/* parseFqdn */.$)() }), { minItems: 1 })),
    'destination-ports': (0,shape/* array */.YO)(portRange, { minItems: 1 }),
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
    const checked = (0,shape/* array */.YO)(itemShape).check(structured.value, '', problems);
    const items = Array.isArray(structured.value) ? structured.value : [];
    const firstIndexByName = new Map();
    items.forEach((item, index) => {
        if (!isPlainObject(item))
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
function isPlainObject(value) {
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
var common_inputs = __webpack_require__(47202);
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
    await (0,apply_passes/* applyInPasses */.N)({
        step: apply_STEP,
        plan,
        allowed: allowedEgressFlags(spec),
        run: async (change) => {
            if (change.target !== 'arm') {
                throw new Error(`${apply_STEP}: cannot apply ${(0,core_plan/* changeSubject */.Xg)(change)}`);
            }
            ctx.log.info(`${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
            await (0,arm_writes/* applyArmChange */.D)(ctx.arm, change);
        },
        replan: async () => planConfigureFirewallEgress(spec, await observeConfigureFirewallEgress(ctx, spec)),
    });
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __webpack_require__(6879);
// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __webpack_require__(39281);
// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __webpack_require__(34491);
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
        return (0,ipv4/* parseIpv4 */.ni)(raw);
    const cidr = (0,inputs_cidr/* parseCidr */.GN)(raw);
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
    const apiServerIp = reader.optional('api-server-ip', ipv4/* parseIpv4 */.ni);
    const customDnsServers = reader.optional('custom-dns-servers', raw => (0,list/* parseListOf */.R)(raw, ipv4/* parseIpv4 */.ni));
    const optionalGroups = reader.optional('optional-groups', parseOptionalGroups);
    const extraApplication = reader.optional('extra-application-rules', parseExtraApplicationRules);
    const extraNetwork = reader.optional('extra-network-rules', parseExtraNetworkRules);
    const sourceAddresses = reader.optional('source-addresses', raw => (0,list/* parseListOf */.R)(raw, parseSource));
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


/***/ })

};
