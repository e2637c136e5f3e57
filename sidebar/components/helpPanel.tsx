// Help in the panel (issue 14 item 9): the steps in the panel's own order, what to do when something stands in the
// way, and where the full guide is; the same catalog as the Bantuan dialog (src/text/id/sidebar.ts HELP).

import { HELP } from '../../src/text/id/sidebar';

export function HelpPanel(props: { open: boolean; onToggle: () => void }) {
  return (
    <section class="card help-card" id="sec-bantuan" aria-labelledby="sec-bantuan-head">
      <h2 class="card-head">
        <button
          type="button"
          id="sec-bantuan-head"
          class="card-toggle"
          aria-expanded={props.open}
          aria-controls="sec-bantuan-body"
          onClick={props.onToggle}
        >
          <span class="step" aria-hidden="true">
            ?
          </span>
          <span class="card-title">{HELP.panelTitle}</span>
          <span class={props.open ? 'chev open' : 'chev'} aria-hidden="true" />
        </button>
      </h2>
      <div class="card-body" id="sec-bantuan-body" hidden={!props.open}>
        <h3 class="sub">{HELP.stepsTitle}</h3>
        <ol class="help-steps">
          {HELP.steps.map(([title, text]) => (
            <li key={title}>
              <b>{title}</b>: {text}
            </li>
          ))}
        </ol>
        <p class="hint">
          <b>{HELP.once[0]}</b>: {HELP.once[1]}
        </p>
        <h3 class="sub">{HELP.troubleTitle}</h3>
        {HELP.trouble.map(([q, a]) => (
          <details key={q} class="trouble">
            <summary>{q}</summary>
            <p>{a}</p>
          </details>
        ))}
        <p class="hint">{HELP.guide}</p>
      </div>
    </section>
  );
}
