/**
 * A chart drawn by Apache ECharts: initialised on mount, given each new option whole, resized with
 * its box, disposed on unmount. Only the parts the workbench uses are registered.
 */
import { CustomChart, ScatterChart, type CustomSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerParts([CustomChart, ScatterChart, GridComponent, TooltipComponent, DataZoomComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | CustomSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | DataZoomComponentOption
  | MarkLineComponentOption
>;

export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the same facts are in a table beside it). */
  label: string;
  onItemClick?: (click: ChartClick) => void;
  testId?: string;
}

export function EChart({ option, height, label, onItemClick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (params: { seriesIndex?: number; dataIndex?: number }) => {
      if (params.seriesIndex !== undefined && params.dataIndex !== undefined)
        onItemClick({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
