import type { CheckResult } from '../types';
import { CONTROLS, type Control } from './catalogue';

/**
 * How a control stands after a run: `met` (every check evidencing it passed), `failed` (a
 * required one failed), `partial` (only info or not-applicable checks), `gap` (the bank's to
 * close, with no check of this kit), `unchecked` (the service's, but no check ran for it).
 */
export type ControlState = 'met' | 'failed' | 'partial' | 'gap' | 'unchecked';

/** One row of the control → checks table. */
export interface ControlRow {
  readonly control: Control;
  readonly state: ControlState;
  /** Ids of the checks that evidence it, in report order. */
  readonly checks: readonly string[];
}

function stateOf(control: Control, checks: readonly CheckResult[]): ControlState {
  if (checks.some((check) => check.status === 'fail' && check.level === 'required')) return 'failed';
  if (checks.some((check) => check.status === 'pass' && check.level === 'required')) return 'met';
  if (control.owner === 'bank') return 'gap';
  return checks.length === 0 ? 'unchecked' : 'partial';
}

/** Every control with the checks of this run that evidence it. */
export function controlRows(checks: readonly CheckResult[]): ControlRow[] {
  return CONTROLS.map((control) => {
    const mine = checks.filter((check) => check.controls.includes(control.id));
    return { control, state: stateOf(control, mine), checks: mine.map((check) => check.id) };
  });
}

/** What a state reads as in a report. */
export function stateWord(state: ControlState): string {
  return {
    met: 'evidenced',
    failed: 'FAILED',
    partial: 'partly evidenced',
    gap: 'gap: the bank\u2019s to close',
    unchecked: 'not evidenced this run',
  }[state];
}
