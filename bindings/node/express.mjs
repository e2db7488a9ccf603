// ES module entry of tiergate/express.
import cjs from './express.js'

export const { tiergate } = cjs
export default cjs.tiergate
