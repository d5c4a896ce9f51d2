/**
 * The legs of each module once its galley is set: as planned, as short as its longest leg, or balanced
 * (all legs ending on the same line, ± 1). Which one a page gets is decided on the page as laid out:
 * a module set shorter frees lines the page must then close (settled, then house boxes into the
 * feet), and balanced legs over a foot no box can fill would be a worse hole than one short last leg.
 * Page 1's lead gives the lines its balanced legs free to its photo.
 */
import { fillFeet, type Flatplan, holeCost, type HouseMetrics, type Module, type PlanArticle, settlePage } from '../edition/plan.js';
import type { PlacedGalley } from './compose.js';
import { CLOSED_RUN, measureFill } from './fill.js';
import type { Galley } from './galley.js';

/** Lines per leg a module must be able to lose before it is set again shorter. */
const MIN_SHRINK = 1;
/**
 * No leg is set shorter: react-pdf never finishes a page too low for its widow and orphan lines or for a
 * subhead's lines kept with it (a brief of three lines over three legs hung at one line a leg).
 */
const SHORTEST_LEG = 5;
/** Leg heights tried one by one above the even share before the search bisects. */
const BALANCE_STEPS = 3;

export interface LegsInput {
  plan: Flatplan;
  galleys: PlacedGalley[];
  grid: { columns: number; lines: number; mastheadLines: number; leading: number };
  metrics: readonly PlanArticle[];
  house: HouseMetrics;
  /** The module's galley set again with legs `legLines` tall (cached by the caller). */
  reset(placed: PlacedGalley, legLines: number): Promise<Galley>;
}

interface Setting {
  legLines: number;
  galley: Galley;
}

/** Sets every section page's modules to the leg heights that leave it the least blank (runs the review refuses weigh most). */
export async function setLegs(input: LegsInput): Promise<void> {
  const { plan, galleys, grid } = input;
  for (const page of plan.pages) {
    const placed = galleys.filter((x) => x.module.page === page.number).sort((a, b) => a.module.top - b.module.top || a.module.col - b.module.col);
    const choices: { placed: PlacedGalley; settings: Setting[] }[] = [];
    if (page.role === 'section') {
      for (const p of placed) {
        if (p.module.jumpTo) continue;
        const settings = await shorterSettings(input, p);
        if (settings.length) choices.push({ placed: p, settings });
      }
    }
    const saved = snapshot(plan, page.number, placed);
    const blankOf = (): number => {
      closeFeet(input, page.number);
      return blankCost(input, page.number);
    };
    const chosen = new Map<PlacedGalley, Setting>();
    const apply = () => {
      saved.restore();
      for (const [p, s] of chosen) {
        p.module.height -= p.module.legLines - s.legLines;
        p.module.legLines = s.legLines;
        p.galley = s.galley;
      }
      if (chosen.size) settlePage(plan, page.number, grid, input.metrics, input.house);
    };
    // One module at a time, top to bottom: keep the setting after which the page has the least blank;
    // on a tie the shorter (balanced) one.
    for (const { placed: p, settings } of choices) {
      apply();
      let best = blankOf();
      let bestSetting: Setting | undefined;
      for (const s of settings) {
        chosen.set(p, s);
        apply();
        const blank = blankOf();
        if (blank <= best) [best, bestSetting] = [blank, s];
      }
      if (bestSetting) chosen.set(p, bestSetting);
      else chosen.delete(p);
    }
    apply();
    closeFeet(input, page.number);
    if (page.role === 'front') await balanceLead(input, placed);
  }
}

/**
 * Page 1's lead with its legs balanced, the lines they free given to its photo: the module keeps its
 * height above the index band, and no leg ends far above the others. Only as far as the photo may grow.
 */
async function balanceLead(input: LegsInput, placed: readonly PlacedGalley[]): Promise<void> {
  const lead = placed.find((p) => p.module.lead && !p.module.jumpTo);
  if (!lead) return;
  const m = lead.module;
  const growth = (input.metrics.find((a) => a.slug === m.slug)?.leadPhotoGrowth ?? 0) - (m.photoExtra ?? 0);
  const blank = () => blankCost(input, m.page);
  let best = { blank: blank(), legLines: m.legLines, galley: lead.galley };
  for (const s of await shorterSettings(input, lead)) {
    const freed = m.legLines - s.legLines;
    if (freed <= 0 || freed > growth) continue;
    const saved = { legLines: m.legLines, headerLines: m.headerLines, photoExtra: m.photoExtra, galley: lead.galley };
    Object.assign(m, { legLines: s.legLines, headerLines: m.headerLines + freed, photoExtra: (m.photoExtra ?? 0) + freed });
    lead.galley = s.galley;
    const now = blank();
    if (now < best.blank) best = { blank: now, legLines: s.legLines, galley: s.galley };
    Object.assign(m, saved);
    if (saved.photoExtra === undefined) delete m.photoExtra;
    lead.galley = saved.galley;
  }
  const freed = m.legLines - best.legLines;
  if (!freed) return;
  Object.assign(m, { legLines: best.legLines, headerLines: m.headerLines + freed, photoExtra: (m.photoExtra ?? 0) + freed });
  lead.galley = best.galley;
}

/** What the blank runs the layout closes on page `number` cost, as its galleys are set now (`holeCost`: a run the review refuses counts many times). */
export function blankCost({ plan, galleys, grid }: LegsInput, number: number): number {
  const page = plan.pages.find((p) => p.number === number)!;
  return measureFill([page], galleys, grid, CLOSED_RUN)[0]!.runs.reduce((sum, r) => sum + holeCost(r.lines), 0);
}

/** House boxes into the feet of columns whose legs end short of the page's foot. */
export function closeFeet({ plan, galleys, grid, house }: LegsInput, number: number): void {
  const page = plan.pages.find((p) => p.number === number)!;
  const [fill] = measureFill([page], galleys, grid, CLOSED_RUN);
  if (!fill) return;
  const feet = Array<number>(grid.columns).fill(grid.lines);
  for (const run of fill.runs) if (run.top + run.lines === grid.lines) feet[run.col] = run.top;
  if (feet.some((f) => f < grid.lines)) fillFeet(plan, number, feet, grid, house);
}

/**
 * The shorter settings of a module whose text fits its legs, longest first: as short as its longest
 * leg as set, and balanced (the lowest leg height that still holds the text, searched upwards from
 * an even share of the lines and never below the tallest photo or pull quote: such a leg never ends).
 */
async function shorterSettings(input: LegsInput, placed: PlacedGalley): Promise<Setting[]> {
  const m = placed.module;
  if (placed.galley.after(m.legs)) return [];
  const fits = async (legLines: number): Promise<Setting | undefined> => {
    const galley = await input.reset(placed, legLines);
    return galley.after(m.legs) ? undefined : { legLines, galley };
  };
  const legs = Array.from({ length: m.legs }, (_, i) => placed.galley.legLines(i));
  const longest = Math.max(...legs);
  const floor = Math.max(SHORTEST_LEG, Math.ceil(legs.reduce((a, b) => a + b, 0) / m.legs), placed.galley.tallestBlock());
  const out: Setting[] = [];
  // As short as the longest leg: the first height from it upwards that holds the text.
  for (let legLines = longest; legLines <= m.legLines - MIN_SHRINK; legLines++) {
    const s = await fits(legLines);
    if (s) {
      out.push(s);
      break;
    }
  }
  let balanced: Setting | undefined;
  const ceiling = out[0]?.legLines ?? m.legLines;
  let lo = floor - 1;
  for (let legLines = floor; legLines < Math.min(floor + BALANCE_STEPS, ceiling) && !balanced; legLines++) {
    balanced = await fits(legLines);
    if (!balanced) lo = legLines;
  }
  // Further from the even share, bisect: fitting is monotone in the leg height but for widow rules.
  if (!balanced) {
    let hi = ceiling;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const s = await fits(mid);
      if (s) [hi, balanced] = [mid, s];
      else lo = mid;
    }
  }
  if (balanced && balanced.legLines < ceiling && balanced.legLines <= m.legLines - MIN_SHRINK) out.push(balanced);
  return out;
}

/** The fields planning and filling change on a page, to try a setting and go back. */
export function snapshot(plan: Flatplan, number: number, placed: readonly PlacedGalley[]) {
  const page = plan.pages.find((p) => p.number === number)!;
  const pageFields = structuredClone({ fill: page.fill, freeLines: page.freeLines, blankLines: page.blankLines, fillers: page.fillers, buriedLines: page.buriedLines });
  const fields = (m: Module) => ({ top: m.top, height: m.height, legLines: m.legLines, headerLines: m.headerLines, photoExtra: m.photoExtra, photoRow: m.photoRow });
  const modules = page.modules.map((m) => [m, fields(m)] as const);
  const galleys = placed.map((p) => [p, p.galley] as const);
  return {
    restore() {
      Object.assign(page, structuredClone(pageFields));
      for (const [m, f] of modules) {
        Object.assign(m, f);
        if (f.photoExtra === undefined) delete m.photoExtra;
        if (f.photoRow === undefined) delete m.photoRow;
      }
      for (const [p, g] of galleys) p.galley = g;
    },
  };
}
