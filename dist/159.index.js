export const id = 159;
export const ids = [159];
export const modules = {

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {






/**
 * Replication loops that several configs close together (each alone is fine): a config glob runs
 * each topology on its own, so they are looked for across all its matches first. Every config a
 * loop runs through is refused, at the destination of its own that the loop takes, with the whole
 * path. Configs that cannot be read or are invalid are left to their own run to report.
 */
var loopsAcrossConfigs = (async function(paths, readFile) {
    const loaded = [];
    for (const path of paths) {
        const text = await readFile(path).catch(() => undefined);
        if (text === undefined)
            continue;
        const result = (0,_core_load_topology_js__WEBPACK_IMPORTED_MODULE_4__.loadTopology)(text);
        if (result.ok)
            loaded.push({ path, text, topology: result.topology });
    }
    const refused = new Map();
    for (const { path, text, topology } of loaded) {
        const others = loaded.filter((o) => o.path !== path).map((o) => o.topology);
        const problems = (0,_core_model_replication_loops_js__WEBPACK_IMPORTED_MODULE_5__/* .loopProblems */ .J1)(topology, others);
        if (problems.length === 0)
            continue;
        const report = (0,_core_config_check_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .createReporter */ .A5)((0,_core_config_parse_config_js__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZ)(() => (0,_core_config_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .indexLocations */ .PT)(text)));
        for (const p of problems)
            report.error(p.path, p.message);
        refused.set(path, new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ConfigError(path, report.diagnostics));
    }
    return refused;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loopsAcrossConfigs: () => (/* binding */ loopsAcrossConfigs)
/* harmony export */ });
/* harmony import */ var _core_config_check_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(290);
/* harmony import */ var _core_config_parse_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6766);
/* harmony import */ var _core_config_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9162);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_load_topology_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9239);
/* harmony import */ var _core_model_replication_loops_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7385);


/***/ })

};
