import { LitElement, PropertyValues, html } from 'lit';
import '@vaadin/icon/vaadin-icon.js';
import '@vaadin/menu-bar/vaadin-menu-bar.js';

/**
 * The signed-in person's menu in the top bar: one button with an icon and their name, opening a list of
 * choices (their pages, then "Sign out"). It is Vaadin's menu bar, built in the browser from three
 * properties, so that the server keeps one element for it instead of a component per item.
 *
 * The server sets `name` (shown), `label` (the button's accessible name), `icon` (the sprite and symbol,
 * "sprite#symbol") and `choices` (JSON: the choices' labels in order). Picking one fires `choose` with
 * `detail.index`, the choice's place in that list.
 *
 * It draws into the page, not a shadow root, so that the page's styles for the menu (`.user-menu ...`)
 * reach its button and item, as they did when the server built it.
 */
export class AccountMenu extends LitElement {
  static properties = {
    name: { type: String },
    label: { type: String },
    icon: { type: String },
    choices: { type: String },
  };

  name = '';
  label = '';
  icon = '';
  /** JSON: an array of labels. */
  choices = '[]';

  private button?: HTMLElement;
  /** The menu bar's items, made again only when what they show changes (a new list rebuilds its buttons). */
  private items: object[] = [];

  protected createRenderRoot() {
    return this;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('choices') || changed.has('name') || changed.has('label') || changed.has('icon')) {
      const children = (JSON.parse(this.choices || '[]') as string[]).map((text, index) => ({ text, index }));
      this.items = [{ component: this.buttonItem(), children }];
    }
  }

  render() {
    return html`<vaadin-menu-bar theme="tertiary-inline" .items=${this.items}
      @item-selected=${this.chosen}></vaadin-menu-bar>`;
  }

  /** The top item: the icon and the name, named for a screen reader by `label`. */
  private buttonItem(): HTMLElement {
    this.button ??= document.createElement('vaadin-menu-bar-item');
    const [sprite, symbol] = this.icon.split('#');
    const icon = document.createElement('vaadin-icon');
    icon.setAttribute('src', sprite);
    icon.setAttribute('symbol', symbol);
    const name = document.createElement('span');
    name.textContent = this.name;
    this.button.replaceChildren(icon, name);
    this.button.setAttribute('aria-label', this.label);
    return this.button;
  }

  private chosen(event: CustomEvent<{ value: { index?: number } }>) {
    const index = event.detail.value.index;
    if (typeof index === 'number') {
      this.dispatchEvent(new CustomEvent('choose', { detail: { index } }));
    }
  }
}

customElements.define('bc-account-menu', AccountMenu);
