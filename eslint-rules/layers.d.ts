import type { ESLint } from 'eslint';

export interface LayerRule {
  /** The layers a file of this layer may import, besides its own. */
  may: readonly string[];
  /** Layers it may name in type-only imports. */
  types?: readonly string[];
}

export const LAYERS: Readonly<Record<string, LayerRule>>;
export const WIRING: Readonly<Record<string, readonly string[]>>;
export function layerOf(relative: string): string;
declare const plugin: ESLint.Plugin;
export default plugin;
