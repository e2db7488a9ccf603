// ES module entry: the same objects as the CommonJS entry.
import cjs from './index.js'

export const { Engine, AuditLog, verifyAuditLog, Redacted, RedactedBatch, StreamRestorer, WIRE_VERSION, builtinPolicy, mask, PolicyViolation, guardAnthropic } = cjs
export default cjs
