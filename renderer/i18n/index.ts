import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Resources: one JSON file per language and feature namespace (locales/<lang>/<ns>.json), so each
 * feature owns its strings; a unit test enforces that both languages have the same keys.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

function buildResources() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    resources[lang][ns] = mod.default;
  }
  return resources;
}

export const NAMESPACES = [
  ...new Set(Object.keys(files).map((p) => p.split('/').pop()!.replace('.json', ''))),
];

export function initI18n(language: Language = 'zh-CN') {
  if (i18n.isInitialized) {
    void i18n.changeLanguage(language);
    return i18n;
  }
  void i18n.use(initReactI18next).init({
    resources: buildResources(),
    lng: language,
    fallbackLng: 'zh-CN',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

export { i18n };
