package org.kogge.testing;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What sticks out of the open page past the right edge of the screen. The document and the app layout's content box
 * must not scroll sideways, and no visible element may reach past the right edge unless a scrolling or clipping box
 * around it (a grid, the planner) keeps it inside the screen. Each finding names the outermost element that sticks out and by how much.
 */
public final class Overflow {

    /**
     * Lists what sticks out: walks the composed tree (slots and shadow roots, as the browser lays it out), skips
     * what is invisible or inside a box that clips or scrolls within the screen, and reports only the outermost
     * offender of a branch.
     */
    private static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width) {
                found.push('the document is ' + document.documentElement.scrollWidth + ' px wide');
              }
              // The app layout's content box clips and scrolls: what sticks out of it makes the page scroll sideways.
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part=content]');
              if (content && content.scrollWidth > content.clientWidth + 1) {
                found.push('the page scrolls sideways: ' + content.scrollWidth + ' px wide in '
                    + content.clientWidth + ' px');
              }
              const parentOf = el => el.assignedSlot || el.parentElement
                  || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
              const clipsInside = el => {
                for (let p = parentOf(el); p; p = parentOf(p)) {
                  const style = getComputedStyle(p);
                  if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 1) {
                    return true;
                  }
                }
                return false;
              };
              const reported = new Set();
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  check(el);
                  if (el.shadowRoot) {
                    walk(el.shadowRoot);
                  }
                }
              };
              const check = el => {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= width + 1) {
                  return;
                }
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden' || style.position === 'fixed' && r.left >= width
                    || !el.checkVisibility() || clipsInside(el)) {
                  return;
                }
                let outer = false;
                for (let p = parentOf(el); p; p = parentOf(p)) {
                  if (reported.has(p)) {
                    outer = true;
                    break;
                  }
                }
                reported.add(el);
                if (!outer) {
                  const name = el.localName + (el.id ? '#' + el.id : '')
                      + (el.classList.length ? '.' + [...el.classList].join('.') : '');
                  const text = (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
                  found.push(name + ' "' + text + '" ends at ' + Math.round(r.right) + ' px');
                }
              };
              walk(document);
              return found;
            }
            """;

    private Overflow() {
    }

    /** The outermost elements that reach past the right edge of the window (empty if nothing does). */
    @SuppressWarnings("unchecked")
    public static List<String> findings(Page page) {
        return (List<String>) page.evaluate(OVERFLOW);
    }
}
