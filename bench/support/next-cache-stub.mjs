// Next's cache API only works inside a Next server: benchmarks time the uncached reads, so every
// cache call is a no-op here (as in tests/support/setup.ts).
export const cacheTag = () => {};
export const cacheLife = () => {};
export const updateTag = () => {};
export const revalidateTag = () => {};
export const revalidatePath = () => {};
export const refresh = () => {};
