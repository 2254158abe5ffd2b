export const id = 481;
export const ids = [481];
export const modules = {

/***/ 5481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The `config` input as config files: itself when it is a plain path, every match, sorted, when it
 * is a glob (`replication/*.yml`). A glob that matches nothing is a mistake, said as such.
 */
var expandConfig = (async function(pattern, cwd = process.cwd()) {
    if (!GLOB_CHARACTERS.test(pattern))
        return [pattern];
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 3382));
    if (!isDynamicPattern(pattern))
        return [pattern];
    const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`input "config" is the pattern ${pattern}, which matches no file under ${cwd}.`);
    return matches;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandConfig: () => (/* binding */ expandConfig)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Characters that make a path a glob (tinyglobby's own test is loaded only when one is there). */
const GLOB_CHARACTERS = /[*?[\]{}!()+@]/;


/***/ })

};
