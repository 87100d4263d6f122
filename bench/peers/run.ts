/** `npm run bench:peers`: the side-by-side figures alone, as JSON lines. */
import { print } from '../measure'
import { peersBench } from './peers.bench'

for (const figure of await peersBench()) print(figure)
