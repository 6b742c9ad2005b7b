// Starts `causal lsp` for .causal files; every feature comes from the language server.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('causal').get('command', 'causal');
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('causal', 'Causal', { run: server, debug: server },
    { documentSelector: [{ scheme: 'file', language: 'causal' }] });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
