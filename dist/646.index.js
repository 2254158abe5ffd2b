export const id = 646;
export const ids = [646];
export const modules = {

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** One line per topology of a run over several configs, after each topology's own report. */
var renderRunsSummary = (function(mode, results) {
    const failed = results.filter((r) => r.code !== 0).length;
    return [
        `### s3-xrepl ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(mode)}: ${results.length} topologies${failed > 0 ? `, ${failed} not done` : ', all done'}`,
        '',
        '| Config | Result |',
        '|---|---|',
        ...results.map((r) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(r.config)} | ${MEANING[r.code] ?? `exit ${r.code}`} |`),
        '',
    ].join('\n');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRunsSummary: () => (/* binding */ renderRunsSummary)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);

const MEANING = {
    0: '✅ done',
    1: '❌ failed (AWS, a bug, or stopped part-way; see the log)',
    2: '❌ invalid config or input (see the annotations)',
    3: '⚠️ found a problem (see its report)',
};


/***/ })

};
