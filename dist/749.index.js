export const id = 749;
export const ids = [749];
export const modules = {

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/**
 * The config file as it is on the pull request's base commit, through the contents API (a
 * checkout usually holds only the merge commit). Read access is all a fork's token has, and all
 * this needs.
 */
var baseConfigFromGitHub = (async function(token, r, at, configPath, logger) {
    const label = `the base branch (${at.ref} @ ${at.sha.slice(0, 7)})`;
    const path = configPath.replace(/^\.\//, '');
    try {
        const file = await (0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .restClient */ .OO)(token).request('GET', `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(at.sha)}`);
        if (file.type !== 'file' || file.content === undefined)
            return { label, text: undefined };
        return {
            label,
            text: Buffer.from(file.content, file.encoding ?? 'base64').toString('utf8'),
        };
    }
    catch (e) {
        if (e.status === 404)
            return { label, text: undefined };
        logger.warning(`could not read ${path} at ${at.sha.slice(0, 7)}: ${e.message}`);
        return { label: `nothing: ${path} could not be read from ${label}`, text: undefined };
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseConfigFromGitHub: () => (/* binding */ baseConfigFromGitHub)
/* harmony export */ });
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7940);


/***/ })

};
