// Help dialog entry (Bantuan): the workflow, what goes in each sheet, quotas and the 6-minute limit (text in
// src/text/id/sidebar.ts).

import { render } from 'preact';
import { HELP } from '../src/text/id/sidebar';
import './styles.css';

function close(): void {
  window.google?.script.host.close();
}

/** Pairs of a term (or a question) and what it means (or what to do), as one definition list. */
function Terms(props: { pairs: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl class="help-trouble">
      {props.pairs.map(([term, text]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Help() {
  return (
    <main class="help">
      <h1>{HELP.title}</h1>
      <p>
        <b>{HELP.once[0]}</b>: {HELP.once[1]}
      </p>
      <h2>{HELP.stepsTitle}</h2>
      <ol>
        {HELP.steps.map(([title, text]) => (
          <li key={title}>
            <b>{title}</b>: {text}
          </li>
        ))}
      </ol>
      <h2>{HELP.sheetsTitle}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{HELP.sheetColumn}</th>
            <th scope="col">{HELP.contentColumn}</th>
          </tr>
        </thead>
        <tbody>
          {HELP.sheets.map(([sheet, what]) => (
            <tr key={sheet}>
              <td>{sheet}</td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{HELP.troubleTitle}</h2>
      <Terms pairs={HELP.trouble} />
      <h2>{HELP.glossaryTitle}</h2>
      <Terms pairs={HELP.glossary} />
      <p>{HELP.guide}</p>
      <h2>{HELP.limitTitle}</h2>
      <p>{HELP.limit}</p>
      <h2>{HELP.quotaTitle}</h2>
      <p>{HELP.quota}</p>
      <div class="help-foot">
        <button type="button" class="btn btn-primary" onClick={close}>
          {HELP.close}
        </button>
      </div>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Help />, root);
