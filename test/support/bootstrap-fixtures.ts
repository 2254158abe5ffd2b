/** Bootstrap settings as the inputs' defaults give them, for a repository acme/infra: change what a test is about. */
import { DEFAULT_PREFERENCES, type BootstrapSettings } from '../../src/core/bootstrap/bootstrap-settings.js';

export function bootstrapSettings(over: Partial<BootstrapSettings> = {}): BootstrapSettings {
  return {
    stackSetName: 's3-xrepl-bootstrap',
    region: 'us-east-1',
    permissionModel: 'self-managed',
    callAs: 'self',
    organizationalUnits: [],
    autoDeployment: true,
    preferences: DEFAULT_PREFERENCES,
    github: { org: 'acme', repo: 'infra', deployBranch: 'main', deployEnvironment: '' },
    reuseOidcProvider: 'none',
    ...over,
  };
}
