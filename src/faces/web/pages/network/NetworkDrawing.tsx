/**
 * The network drawn in SVG (hand-written: no chart library): states on a circle with their labels,
 * one line per treaty and pair with an arrowhead at each state owed, in the treaty's colour; an
 * unknown duty dashed and lighter. Each line is a button: click it, or Tab to it and press Enter.
 */
import type { KeyboardEvent } from 'react';
import type { AtopCodeName, NetworkEdge } from '../../api/types.js';
import { UNKNOWN_TREATY_STYLE, type TreatyStyle } from '../../lib/networkColours.js';
import type { NetworkLayout, PlacedLink } from '../../lib/networkLayout.js';
import { isUnknownEdge } from './codes.js';

interface Props {
  layout: NetworkLayout<NetworkEdge>;
  styles: ReadonlyMap<string, TreatyStyle>;
  names: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  code: AtopCodeName | null;
  narrow: boolean;
  selected: string | null;
  emphasis: string | null;
  onSelect: (key: string | null) => void;
  date: string;
}

const NODE_RADIUS = 7;
/** The labels' font size in the drawing's units (styles.css: .network-svg). */
export const WIDE_FONT = 12;
export const NARROW_FONT = 13;

/** One arrowhead marker per treaty style (SVG markers take no colour from the line that uses them). */
const markerId = (colour: string) => `net-arrow-${colour.slice(1)}`;

export function NetworkDrawing({ layout, styles, names, labels, code, narrow, selected, emphasis, onSelect, date }: Props) {
  const styleOf = (treaty: string) => styles.get(treaty) ?? UNKNOWN_TREATY_STYLE;
  const colours = [...new Set([...styles.values(), UNKNOWN_TREATY_STYLE].map((s) => s.colour))];
  const e = layout.extent;
  // The selected line is drawn last, over the others.
  const links = [...layout.links].sort((x, y) => Number(x.key === selected) - Number(y.key === selected));
  if (layout.nodes.length === 0)
    return (
      <p className="network-empty panel" data-testid="network-drawing">
        No state owes another this obligation on {date} under the treaties of the corpus.
      </p>
    );
  return (
    <svg
      className="network-svg"
      fontSize={narrow ? NARROW_FONT : WIDE_FONT}
      viewBox={`${-e} ${-e} ${2 * e} ${2 * e}`}
      role="group"
      aria-label={`The network on ${date}: ${layout.nodes.length} states on a circle, grouped by treaty; ${layout.links.length} lines, an arrowhead at each state owed. The table below lists the same edges.`}
      data-testid="network-drawing"
    >
      <defs>
        {colours.map((colour) => (
          <marker
            key={colour}
            id={markerId(colour)}
            viewBox="0 0 10 10"
            refX={10}
            refY={5}
            markerWidth={9}
            markerHeight={9}
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10z" fill={colour} />
          </marker>
        ))}
      </defs>
      <g className="net-links">
        {links.map((link) => (
          <Line
            key={link.key}
            link={link}
            style={styleOf(link.treaty)}
            unknown={link.edges.some((edge) => isUnknownEdge(edge, code))}
            selected={link.key === selected}
            faded={emphasis !== null && emphasis !== link.treaty}
            names={names}
            onSelect={() => onSelect(link.key === selected ? null : link.key)}
          />
        ))}
      </g>
      <g className="net-nodes">
        {layout.nodes.map((node) => {
          const name = names.get(node.code) ?? node.code;
          const label = labels.get(node.code) ?? node.code;
          return (
            <g key={node.code} className="net-node" data-state={node.code}>
              <title>{`${name} (${node.code})`}</title>
              <circle cx={node.x} cy={node.y} r={NODE_RADIUS} />
              <text
                transform={`translate(${node.label.x},${node.label.y}) rotate(${node.label.rotate})`}
                textAnchor={node.label.anchor}
                dy="0.35em"
              >
                {label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

function Line(props: {
  link: PlacedLink<NetworkEdge>;
  style: TreatyStyle;
  unknown: boolean;
  selected: boolean;
  faded: boolean;
  names: ReadonlyMap<string, string>;
  onSelect: () => void;
}) {
  const { link, style, unknown, selected, faded } = props;
  const marker = `url(#${markerId(style.colour)})`;
  const title = link.edges[0]?.treatyTitle ?? link.treaty;
  const direction = link.toA && link.toB ? 'owe each other' : 'owes';
  const [from, to] = link.toB ? [link.a, link.b] : [link.b, link.a];
  const named = (code: string) => `${props.names.get(code) ?? code} (${code})`;
  const label =
    link.toA && link.toB
      ? `${named(link.a)} and ${named(link.b)} owe each other under ${title}${unknown ? ' (unknown)' : ''}`
      : `${named(from)} owes ${named(to)} under ${title}${unknown ? ' (unknown)' : ''}`;
  const press = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    props.onSelect();
  };
  const classes = ['net-link', selected && 'selected', faded && 'faded', unknown && 'unknown'].filter(Boolean).join(' ');
  return (
    <g
      className={classes}
      data-link={link.key}
      data-treaty={link.treaty}
      data-direction={direction === 'owes' ? 'one-way' : 'both-ways'}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={props.onSelect}
      onKeyDown={press}
    >
      <title>{label}</title>
      <path className="net-hit" d={link.path} />
      <path
        className="net-line"
        d={link.path}
        stroke={style.colour}
        strokeDasharray={unknown ? '3 4' : style.dash}
        markerEnd={link.toB ? marker : undefined}
        markerStart={link.toA ? marker : undefined}
      />
    </g>
  );
}
