import { LitElement, css, html, nothing } from 'lit';

/** A choice that carries words: its short word on screen and its full name for a screen reader. */
interface Mark {
  value: number;
  word: string;
  name: string;
}

/**
 * A pain rating from `min` to `max` as one group of native radio buttons drawn as big number buttons.
 *
 * The browser does the work a radio group needs (arrow keys, one tab stop, "3 of 11" for a screen reader),
 * so the server keeps one element instead of a component per choice. The server sets the label, the range
 * and the marks (the choices with a short word under the number and a full spoken name, e.g. 0, 5 and 10);
 * a person's choice sets `value` and fires `value-changed`, which the server listens to. `value` is the
 * chosen number as text, or '' while nothing is chosen.
 */
export class PainScale extends LitElement {
  static properties = {
    label: { type: String },
    min: { type: Number },
    max: { type: Number },
    marks: { type: String },
    value: { type: String },
  };

  label = '';
  min = 0;
  max = 10;
  /** JSON: an array of {value, word, name}. */
  marks = '[]';
  value = '';

  static styles = css`
    :host {
      display: block;
      /* the row of eleven follows the room the scale has, not the window (a drawer may sit beside it) */
      container-type: inline-size;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: var(--lumo-space-s);
      font-size: var(--lumo-font-size-l);
      font-weight: 600;
      line-height: 1.35;
      color: var(--lumo-body-text-color);
    }
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(4.5rem, 1fr));
      gap: var(--lumo-space-xs);
    }
    /* room for eleven buttons, each wide enough for its word: 0 to 10 in one row */
    @container (min-width: 48rem) {
      .choices {
        grid-template-columns: repeat(11, minmax(0, 1fr));
      }
    }
    label {
      position: relative;
      display: flex;
      cursor: pointer;
    }
    /* the radio itself is not drawn but covers its face: touch screen readers and magnifiers find it there */
    input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
      z-index: 1;
    }
    .face {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-height: 3rem;
      padding: 0.25rem var(--lumo-space-xs);
      border: 2px solid var(--lumo-contrast-30pct);
      border-radius: var(--lumo-border-radius-l);
      background: var(--lumo-base-color);
      color: var(--lumo-body-text-color);
      font-size: var(--lumo-font-size-l);
      font-weight: 600;
      line-height: 1.1;
      text-align: center;
    }
    .word {
      font-size: 0.875rem;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    input:checked + .face {
      background: var(--lumo-primary-color);
      border-color: var(--lumo-primary-color);
      color: var(--lumo-primary-contrast-color);
    }
    input:focus-visible + .face {
      outline: 3px solid var(--lumo-primary-color-50pct);
      outline-offset: 2px;
    }
    /* high contrast (forced colours): the system's own colours, which would otherwise hide the choice */
    @media (forced-colors: active) {
      input:checked + .face {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      input:focus-visible + .face {
        outline-color: CanvasText;
      }
    }
  `;

  render() {
    const marks = new Map<number, Mark>();
    for (const mark of JSON.parse(this.marks || '[]') as Mark[]) {
      marks.set(mark.value, mark);
    }
    const choices = [];
    for (let value = this.min; value <= this.max; value++) {
      const mark = marks.get(value);
      choices.push(html`<label>
        <input type="radio" name="rating" .value=${String(value)} .checked=${this.value === String(value)}
          aria-label=${mark ? mark.name : nothing} @change=${this.choose}>
        <span class="face" aria-hidden=${mark ? 'true' : nothing}>
          <span>${value}</span>${mark ? html`<span class="word">${mark.word}</span>` : nothing}
        </span>
      </label>`);
    }
    return html`<fieldset role="radiogroup" aria-labelledby="label" @keydown=${this.keepArrows}>
      <legend id="label">${this.label}</legend>
      <div class="choices">${choices}</div>
    </fieldset>`;
  }

  /**
   * The arrow keys move between the choices, as in any radio group; the page's own shortcuts (the workout's
   * arrows to skip and go back) must not hear them and stop the browser from doing so.
   */
  private keepArrows(event: KeyboardEvent) {
    if (event.key.startsWith('Arrow')) {
      event.stopPropagation();
    }
  }

  private choose(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
  }
}

customElements.define('bc-pain-scale', PainScale);
