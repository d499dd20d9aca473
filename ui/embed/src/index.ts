// Port Doctor's embed: one ES module that defines <port-doctor-explain> and
// <port-doctor-report> and starts the core (WebAssembly) once for the page.
//
//   <script type="module" src="portdoctor-embed.js"></script>
//   <port-doctor-explain></port-doctor-explain>
//   <port-doctor-report></port-doctor-report>
//
// The module also exports the core (ready(), or readyToExplain() for the smaller
// module that only explains) for pages that want its answers without the elements.
import { PortDoctorExplain } from './explain';
import { PortDoctorReport } from './report';

export { PortDoctorExplain, type ExplainedDetail } from './explain';
export { PortDoctorReport, type OpenedDetail } from './report';
export { configure, detectOs, PortDoctorError, pickFrom, ready, readyToExplain, speak, type Core, type ExplainCore, type Format, type Here, type Report, type Understood } from './core';

/** The elements this module defines, by tag. */
export const ELEMENTS = {
  'port-doctor-explain': PortDoctorExplain,
  'port-doctor-report': PortDoctorReport,
} as const;

for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'port-doctor-explain': PortDoctorExplain;
    'port-doctor-report': PortDoctorReport;
  }
  interface HTMLElementEventMap {
    'portdoctor-explained': CustomEvent<import('./explain').ExplainedDetail>;
    'portdoctor-opened': CustomEvent<import('./report').OpenedDetail>;
    'portdoctor-error': CustomEvent<{ code: string; message: string }>;
  }
}
