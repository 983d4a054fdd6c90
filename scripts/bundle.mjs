// `npm run build`'s second step: bundles the CLI as rolldown.config.mjs says,
// through rolldown's API, which (unlike its command line) does not print a
// size line for each of the bundle's forty chunks on every install.
import {build} from 'rolldown'
import config from '../rolldown.config.mjs'

await build(config)
