// What the phone layout test measures, run inside the page: each check returns the problems it
// finds as short sentences naming the element, so that a failure says what to fix. The functions
// are sent to the page as their source, so they use nothing but each other and the DOM.
import type { Page } from 'playwright-core';

/** A short name for an element in a failure message: tag, class or role, and its text. */
function describe(el: Element): string {
  const role = el.getAttribute('role');
  const cls = [...el.classList].find((c) => !c.startsWith('m_')) ?? '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${cls ? ` .${cls}` : ''}> “${text}”`;
}

/** Seen on the screen: a box of its own, not transparent, not inside a box hidden to the eye (1 px, clipped). */
function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    const box = a.getBoundingClientRect();
    if ((box.width < 2 || box.height < 2) && getComputedStyle(a).overflow !== 'visible')
      return false;
  }
  return true;
}

/**
 * Whether an ancestor clips the element sideways: a region that scrolls on purpose (overflow-x
 * auto or scroll), or one that cuts its content (hidden, clip: a truncated label). The ancestor
 * itself is measured like any other element.
 */
function clippedSideways(el: Element): boolean {
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  }
  return false;
}

/** Nothing wider than the screen: no sideways scroll of the page, no element past either edge. */
function horizontalOverflow(): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  const scrolling = document.scrollingElement;
  if (scrolling && scrolling.scrollWidth > width) {
    problems.push(
      `the page scrolls sideways: ${scrolling.scrollWidth} px wide on a ${width} px screen`,
    );
  }
  const reported: Element[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || clippedSideways(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right <= width + 0.5 && r.left >= -0.5) continue;
    // The outermost element that sticks out says enough; its children stick out with it.
    if (reported.some((outer) => outer.contains(el))) continue;
    reported.push(el);
    problems.push(`${describe(el)} spans ${Math.round(r.left)}…${Math.round(r.right)} px`);
  }
  return problems;
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
  );
}

/**
 * The header holds its controls (and the line saying who is signed in) in its own box, none over
 * another, and the page's content starts below it (measured scrolled to the top).
 */
function headerProblems(): string[] {
  window.scrollTo(0, 0);
  const problems: string[] = [];
  const header = document.querySelector('header');
  if (!header) return ['there is no header'];
  const box = header.getBoundingClientRect();
  const controls = [
    ...header.querySelectorAll('a, button, input, select, [role="button"], p'),
  ].filter(visible);
  if (controls.length === 0) problems.push('the header shows no control');
  controls.forEach((control, i) => {
    const r = control.getBoundingClientRect();
    if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
      problems.push(`${describe(control)} sticks out of the header (${Math.round(r.bottom)} px)`);
    }
    for (const other of controls.slice(i + 1)) {
      if (control.contains(other) || other.contains(control)) continue;
      if (overlap(r, other.getBoundingClientRect())) {
        problems.push(`${describe(control)} overlaps ${describe(other)} in the header`);
      }
    }
  });
  const main = document.querySelector('main');
  for (const el of main?.querySelectorAll('*') ?? []) {
    if (!visible(el) || getComputedStyle(el).position === 'fixed') continue;
    const r = el.getBoundingClientRect();
    if (r.top < box.bottom - 0.5 && r.bottom > box.top) {
      problems.push(`${describe(el)} lies under the header (top ${Math.round(r.top)} px)`);
      break;
    }
  }
  return problems;
}

/**
 * Every control is at least 44 px tall, and a button as wide, so a finger finds it. A checkbox,
 * radio or switch counts with its label, which takes the tap too. Links inside running text are
 * exempt, as WCAG exempts them.
 */
function smallTouchTargets(minimum = 44): string[] {
  const targets = [
    'button',
    '[role="button"]',
    '[role="tab"]',
    '[role^="menuitem"]',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'header a',
    'nav a',
  ].join(', ');
  const problems: string[] = [];
  const seen = new Set<Element>();
  for (const el of document.querySelectorAll(targets)) {
    const target = el.closest('.parley-touch-choice') ?? el;
    if (seen.has(target) || !visible(target)) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    const tooNarrow = el.matches('button, [role="button"]') && r.width < minimum - 0.5;
    if (r.height < minimum - 0.5 || tooNarrow) {
      problems.push(`${describe(target)} is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    }
  }
  return problems;
}

const CHECKS = { horizontalOverflow, headerProblems, smallTouchTargets };
const SOURCE = [describe, visible, clippedSideways, overlap, ...Object.values(CHECKS)]
  .map(String)
  .join('\n');

/** Runs one check in the page and answers its problems, each prefixed with where it was found. */
export async function check(page: Page, name: keyof typeof CHECKS, where: string) {
  const problems = await page.evaluate<string[]>(`(() => {\n${SOURCE}\nreturn ${name}();\n})()`);
  return problems.map((p) => `${where}: ${p}`);
}
