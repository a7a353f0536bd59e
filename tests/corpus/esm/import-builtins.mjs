// Named and default imports of builtins, with and without the node: prefix.
import { EventEmitter, once } from 'node:events';
import events from 'events';
import util, { format } from 'util';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'path';
console.log(events === EventEmitter, typeof once, format('%s=%d', 'x', 1), path.join('a', 'b'));
const e = new EventEmitter();
setImmediate(() => e.emit('ready', 42));
const [v] = await once(e, 'ready');
console.log('ready', v, util.inspect({ v }));
console.log(await sleep(5, 'slept'));
