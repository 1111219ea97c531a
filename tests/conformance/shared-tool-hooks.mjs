// Module resolution hook (registered by run-shared.mjs): the shared conformance tools import
// './load-pinned.mjs', which only looks next to themselves; point that import at load-pinned-local.mjs so they use
// the graphql pinned and installed in this folder.
const local = new URL('./load-pinned-local.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === './load-pinned.mjs' && context.parentURL && !context.parentURL.startsWith(new URL('.', import.meta.url).href)) {
    return { url: local, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
