// Generated from crates/api/src/ops.rs by crates/api/tests/types.rs. Do not edit.
import type { CloseTestListenerRequest } from "./CloseTestListenerRequest";
import type { ExplainRequest } from "./ExplainRequest";
import type { OpenReportRequest } from "./OpenReportRequest";
import type { OpenTestListenerRequest } from "./OpenTestListenerRequest";
import type { RedactRequest } from "./RedactRequest";
import type { RenderRequest } from "./RenderRequest";
import type { Rendered } from "./Rendered";
import type { Report } from "./Report";
import type { RewordRequest } from "./RewordRequest";
import type { TestListenerInfo } from "./TestListenerInfo";
import type { UnderstandRequest } from "./UnderstandRequest";
import type { Understood } from "./Understood";

/** Every operation: its request and response. */
export type Operations = {
  understand: { request: UnderstandRequest; response: Understood };
  explain: { request: ExplainRequest; response: Report };
  render: { request: RenderRequest; response: Rendered };
  reword: { request: RewordRequest; response: Report };
  redact: { request: RedactRequest; response: Report };
  open_report: { request: OpenReportRequest; response: Report };
  open_test_listener: { request: OpenTestListenerRequest; response: TestListenerInfo };
  close_test_listener: { request: CloseTestListenerRequest; response: boolean };
};

export type OperationName = keyof Operations;

/** The path of each operation under /api/ of `portdoctor serve`. */
export const OPERATION_PATHS: { [K in OperationName]: string } = {
  understand: "understand",
  explain: "explain",
  render: "render",
  reword: "reword",
  redact: "redact",
  open_report: "open-report",
  open_test_listener: "test-listener",
  close_test_listener: "test-listener/close",
};
