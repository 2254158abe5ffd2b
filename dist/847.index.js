export const id = 847;
export const ids = [847];
export const modules = {

/***/ 1847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


/**
 * The report of a run that failed, for the comment section an earlier run filled: the section must
 * not keep saying what that run found. `headline` is the mode's own word for it ("No plan").
 */
var renderFailure = (function(what, configPath, error, ctx = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split('\n');
    return {
        head: [
            `### s3-xrepl ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(what.mode)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(configPath)}`,
            `⛔ **${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(what.headline)}**: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(lines[0] ?? '')}`,
            ...(lines.length > 1 ? [(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(lines.slice(1, 40), 'text')] : []),
            // A run that stopped part-way says what it had done (a deploy: which stacks changed).
            ...(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.PartialFailure && error.summary ? [error.summary.trimEnd()] : []),
        ],
        details: [],
        tail: [
            `<sub>${ctx.commit ? `At commit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(ctx.commit.slice(0, 12))}` : 'Run locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · ${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.PartialFailure ? 'stopped part-way' : 'nothing was executed'}; the log has the details.</sub>`,
        ],
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderFailure: () => (/* binding */ renderFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3502);


/***/ })

};
