import * as OpenCC from 'opencc-js/cn2t';
import type { ConverterId } from '@/lib/locale-model';

/*
 * The converters that generate an edition from another (a locale whose
 * profile says `source: { kind: 'conversion' }`). OpenCC's Taiwan standard
 * converts characters to their Taiwan forms without its phrase table, which
 * would rewrite mainland vocabulary, quotes and official names included
 * (docs/decisions/0006-locale-profiles-and-traditional-edition.md).
 */

type Convert = (text: string) => string;

const factories: Record<ConverterId, () => Convert> = {
  'opencc-cn-tw': () => OpenCC.Converter({ from: 'cn', to: 'tw' }),
};

const made = new Map<ConverterId, Convert>();

/** The plain converter, without overrides; built once, as OpenCC builds its tables on creation. */
export function plainConverter(id: ConverterId): Convert {
  let convert = made.get(id);
  if (!convert) {
    convert = factories[id]();
    made.set(id, convert);
  }
  return convert;
}

/** A term the converter gets wrong, and what the edition writes instead (from `glossary.yaml`). */
export interface ConversionOverride {
  from: string;
  to: string;
}

/* Characters of Unicode's Private Use Area stand in for overridden terms: no converter maps them. */
const placeholderBase = 0xe000;
const maxOverrides = 0x1900;

/**
 * A converter that writes each override's `to` wherever its `from` occurs,
 * longest first, and converts the rest. The terms are taken out before
 * converting (not patched afterwards), because the converter's output for a
 * term depends on its neighbours.
 */
export function createConverter(id: ConverterId, overrides: readonly ConversionOverride[]): Convert {
  const convert = plainConverter(id);
  if (overrides.length > maxOverrides) throw new Error(`at most ${maxOverrides} conversion overrides are supported`);
  const ordered = [...overrides].filter((override) => override.from.length > 0).sort((a, b) => b.from.length - a.from.length);
  if (ordered.length === 0) return convert;
  return (text) => {
    let protectedText = text;
    ordered.forEach((override, i) => {
      protectedText = protectedText.split(override.from).join(String.fromCharCode(placeholderBase + i));
    });
    let converted = convert(protectedText);
    ordered.forEach((override, i) => {
      converted = converted.split(String.fromCharCode(placeholderBase + i)).join(override.to);
    });
    return converted;
  };
}
