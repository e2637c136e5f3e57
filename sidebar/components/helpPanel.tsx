// Help in the panel (issue 14 item 9): the steps in the panel's own order, what to do when something stands in the
// way, and where the full guide is; the same catalog as the Bantuan dialog (src/text/id/sidebar.ts HELP).

import { HELP } from '../../src/text/id/sidebar';
import { Section } from './ui';

export function HelpPanel(props: { open: boolean; onToggle: () => void }) {
  return (
    <Section id="sec-bantuan" step="?" title={HELP.panelTitle} open={props.open} onToggle={props.onToggle}>
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
      <Glossary />
      <p class="hint">{HELP.guide}</p>
    </Section>
  );
}

/** The terms that must stay, each with its plain meaning (the panel's card and the Bantuan dialog). */
export function Glossary() {
  return (
    <>
      <h3 class="sub">{HELP.glossaryTitle}</h3>
      <dl class="glossary">
        {HELP.glossary.map(([term, meaning]) => (
          <div key={term} class="glossary-item">
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
