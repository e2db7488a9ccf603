// Types of the ES module entry of tiergate/express.
export * from './express.js'
import { tiergate } from './express.js'
export default tiergate
