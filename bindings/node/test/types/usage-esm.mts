// Type test for the ES module entries.
import tiergateDefault, { Engine, type Report } from 'tiergate'
import middleware from 'tiergate/express'

const report: Report = new Engine().classify('x')
void [report, tiergateDefault, middleware({ destination: 'claude-api' })]
