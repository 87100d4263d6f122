import type { Dialogs } from '../services'

/** The command line never asks: paths come from its options. */
export const headlessDialogs: Dialogs = {
  chooseSavePath: async () => null,
}
