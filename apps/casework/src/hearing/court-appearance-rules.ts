/**
 * 《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号）: the agency's head who appears may
 * be its principal (正职) or a deputy (副职) head; either counts as the head appearing. The county's target is
 * every hearing (100%).
 */
export const HEAD_RANKS = ['HEAD', 'DEPUTY'] as const;
export type HeadRank = (typeof HEAD_RANKS)[number];

export const APPEARANCE_SOURCE = '法释〔2020〕3号（行政机关负责人出庭应诉）；饶府〔2018〕35号 一.3';

/** hearings where the head appeared ÷ hearings, null when there was no hearing. */
export const appearanceRate = (hearings: number, appeared: number): number | null =>
  hearings === 0 ? null : Math.round((appeared / hearings) * 1e6) / 1e6;
