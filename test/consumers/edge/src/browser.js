// A browser form's checks: the spec's validators and examples, nothing else.
import { examples } from "solaris-kyc/examples";
import { validateRequest } from "solaris-kyc/validators";

export const exampleSession = examples.createIdentificationSession.responses["201"].idnow.value;

/** The pointers of what is wrong with a session request, e.g. ["/path/person_id"]. */
export const sessionProblems = (personId, methods) =>
  validateRequest("createIdentificationSession", { path: { person_id: personId }, body: { identification_methods: methods } }).map((problem) => problem.pointer);
