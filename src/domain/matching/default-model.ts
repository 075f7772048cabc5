// The model Paso ships with (model/default-model.json, trained on the generator's population);
// retrain with `evaluateCommand`'s sibling `trainCommand` as docs/matching.md explains.
import { type CompiledModel, compileModel, type MatchingModel } from './model';
import json from './model/default-model.json';
import { parseModel } from './model-parse';

let compiled: CompiledModel | undefined;

/** The shipped model, checked and compiled once. A broken shipped file is a bug, hence the throw. */
export function defaultModel(): CompiledModel {
  if (compiled) return compiled;
  const parsed = parseModel(json);
  if (!parsed.ok)
    throw new Error(`default-model.json is invalid at ${parsed.error.path}: ${parsed.error.message}`);
  compiled = compileModel(parsed.value);
  return compiled;
}

export function defaultModelFile(): MatchingModel {
  return defaultModel().model;
}
