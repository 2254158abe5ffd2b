// The tests run in-process on the development machine's Node 20, which the AWS SDK warns about on
// every worker's first client; the product itself runs on Node 24 (the action) or 22+ (the CLI).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
