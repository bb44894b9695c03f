/**
 * The app's antd theme (issue 17). Its component styles are built once, at build time, from these
 * tokens (scripts/antd-styles.ts, the `antdStaticStyles` plugin in vite.config.ts) and loaded as one
 * stylesheet; antd's zero-runtime mode then generates no component styles in the window — which was
 * a third of a page's first render and the largest part of the start's script time.
 *
 * `hashed: false`: class names carry no theme hash, so the prebuilt rules match whatever the
 * runtime renders.
 */
export const THEME_TOKENS = { colorPrimary: '#b71c1c', borderRadius: 4, fontSize: 14 } as const;

/**
 * The theme the build extracts styles with: the same tokens, generated at runtime. `cssVar.key` names
 * the class that carries the theme's CSS variables; fixed (instead of one made from React's useId per
 * ConfigProvider) so the prebuilt rules name the class the runtime uses, and a second React root
 * with this theme (the warm-up, WarmUp.tsx) shares the app's token and variable caches.
 */
export const BUILD_THEME = { hashed: false, token: THEME_TOKENS, cssVar: { key: 'css-var-desk' } };

/** The theme the app runs with: one object for the app's life, no component styles at runtime. */
export const THEME = { ...BUILD_THEME, zeroRuntime: true };
