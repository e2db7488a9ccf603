// Types of the ES module entry (index.mjs): the same names as the CommonJS entry.
export * from './index.js'
import * as tiergate from './index.js'
export default tiergate
