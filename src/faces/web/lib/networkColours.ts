/**
 * One colour per treaty for the network's lines and legend: the Okabe–Ito palette, which readers
 * with the common colour-vision deficiencies tell apart (its yellow left out: it does not read on
 * white). Past seven treaties the colours come round again, dashed, so no two treaties look alike.
 * Colours follow the corpus's treaty order, not the day's edges, so a treaty keeps its colour as the
 * slider moves.
 */
export const TREATY_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'] as const;

/** Dash patterns (SVG stroke-dasharray) for each round of the palette: solid first. */
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'] as const;

export interface TreatyStyle {
  colour: string;
  dash?: string;
}

export function treatyStyles(treatyOrder: readonly string[]): Map<string, TreatyStyle> {
  return new Map(
    treatyOrder.map((id, i) => {
      const colour = TREATY_PALETTE[i % TREATY_PALETTE.length]!;
      const dash = DASHES[Math.floor(i / TREATY_PALETTE.length) % DASHES.length];
      return [id, dash ? { colour, dash } : { colour }];
    }),
  );
}

/** The style of a treaty the order does not know (a grey, dotted): never mistaken for another's. */
export const UNKNOWN_TREATY_STYLE: TreatyStyle = { colour: '#6b7480', dash: '1 3' };
