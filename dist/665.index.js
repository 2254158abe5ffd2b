export const id = 665;
export const ids = [665];
export const modules = {

/***/ 5665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   accountsOf: () => (/* binding */ accountsOf),
/* harmony export */   regionOf: () => (/* binding */ regionOf),
/* harmony export */   roleArnOf: () => (/* binding */ roleArnOf)
/* harmony export */ });
/** The role of this kind the config names for an account: plan (read and preview) or deploy. */
function roleArnOf(topology, account, role) {
    const roles = topology.accounts[account];
    return role === 'plan' ? roles.planRoleArn : roles.deployRoleArn;
}
/** Each account deploys through one region's STS: the region of its first stack. */
function regionOf(topology) {
    return (account) => topology.source.account === account
        ? topology.source.region
        : (topology.destinations.find((d) => d.account === account)?.region ?? topology.source.region);
}
/** Every account the topology acts in: source, destinations, and a destination StackSet's administrator. */
function accountsOf(topology) {
    return [
        ...new Set([
            ...topology.destinations.map((d) => d.account),
            topology.source.account,
            ...(topology.destinationStackSet ? [topology.destinationStackSet.account] : []),
        ]),
    ];
}


/***/ })

};
